"""`collections.deque`: a list with `appendleft`, `popleft`, `extendleft` and `rotate`, and with `maxlen`, whose
additions past the bound push out as many items at the other end (a replay buffer keeps its newest items). The
engine follows its items exactly while it knows them and the bound; past an unknown bound (`maxlen=args.size`,
or one of two deques where control flow merges) its length is unknown, each item one of the values it held or was
given. `d.maxlen` reads the bound."""

from __future__ import annotations

import ast
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..item_sizes import joined_items, read_item
from ..joins import join_all, members
from ..values import UNKNOWN, Const, Scalar, Sequence, SymDim, Value

DEQUE = "deque"
METHODS = frozenset(
    {"append", "appendleft", "extend", "extendleft", "pop", "popleft", "clear", "rotate", "reverse", "remove", "insert"}
)
_ADDS_RIGHT = ("append", "extend")
_ADDS_LEFT = ("appendleft", "extendleft")


def _bound(value: Value) -> Any:
    """The `maxlen` a deque keeps: None (unbounded), an int, or a size whose value is unknown."""
    if isinstance(value, Const) and (value.value is None or (type(value.value) is int and value.value >= 0)):
        return value.value
    if isinstance(value, SymDim) or (isinstance(value, Scalar) and value.kind is int):
        return value
    return UNKNOWN


def _deque(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`deque(iterable=(), maxlen=None)`."""
    if len(args) > 2 or set(kwargs) - {"iterable", "maxlen"}:
        return UNKNOWN
    iterable = args[0] if args else kwargs.get("iterable", Sequence((), "list"))
    maxlen = _bound(args[1] if len(args) > 1 else kwargs.get("maxlen", Const(None)))
    if maxlen is UNKNOWN:
        return UNKNOWN
    items = interp.iteration_items(iterable)
    if items is None:
        return Sequence(None, DEQUE, element=interp.iteration_element(iterable), maxlen=maxlen)
    return _kept(items, maxlen, right=True, interp=interp)


def maxlen_of(deque: Sequence) -> Value:
    """`deque.maxlen`: None, an int, or the size it was given; unknown where the bound is not known."""
    bound = deque.maxlen
    if bound is None or type(bound) is int:
        return Const(bound)
    return bound if isinstance(bound, (SymDim, Scalar)) else UNKNOWN


def _kept(items: list[Value], maxlen: Any, right: bool, interp: InterpreterApi) -> Sequence:
    """A deque of `items` once its bound pushed out the oldest ones (on the left when adding on the `right`)."""
    if maxlen is None or len(items) <= (maxlen if isinstance(maxlen, int) else 0):
        return Sequence(tuple(items), DEQUE, maxlen=maxlen)
    if not isinstance(maxlen, int):  # how many it kept is not known
        return Sequence(None, DEQUE, element=joined_items(items, interp.symbols), maxlen=maxlen)
    kept = items[len(items) - maxlen :] if right else items[:maxlen]
    return Sequence(tuple(kept), DEQUE, maxlen=maxlen)


def after_call(owner: Sequence, name: str, args: list[Value], interp: InterpreterApi) -> tuple[Value, Value]:
    """(the deque after `owner.name(*args)`, what the call returns)."""
    added: list[Value] | None = None
    if name in ("append", "appendleft") and len(args) == 1:
        added = [args[0]]
    elif name in ("extend", "extendleft") and len(args) == 1:
        added = interp.iteration_items(args[0])
    items = list(owner.items) if owner.items is not None else None
    if name == "clear" and not args:
        return Sequence((), DEQUE, maxlen=owner.maxlen), Const(None)
    if items is not None and (added is not None or name not in (*_ADDS_RIGHT, *_ADDS_LEFT)):
        found = _known_change(items, name, args, added or [], owner.maxlen, interp)
        if found is not None:
            return found
    if name == "insert" and len(args) == 2:
        given = [args[1]]
    elif added is not None:
        given = added
    else:
        given = [interp.iteration_element(args[0])] if name in ("extend", "extendleft") and len(args) == 1 else []
    result: Value = Const(None)
    if name in ("pop", "popleft"):
        result = (
            read_item(owner.element, interp.symbols)
            if items is None
            else (join_all(items, interp.symbols) if items else UNKNOWN)
        )
    element = joined_items([*members(owner), *given], interp.symbols)
    return Sequence(None, DEQUE, element=element, maxlen=owner.maxlen), result


def _known_change(
    items: list[Value], name: str, args: list[Value], added: list[Value], maxlen: Any, interp: InterpreterApi
) -> tuple[Value, Value] | None:
    """The change to a deque whose items are known; None where the items it leaves are not followed."""
    if name in _ADDS_RIGHT:
        return _kept(items + added, maxlen, right=True, interp=interp), Const(None)
    if name in _ADDS_LEFT:
        return _kept(added[::-1] + items, maxlen, right=False, interp=interp), Const(None)
    if name in ("pop", "popleft") and not args and items:
        result = items.pop() if name == "pop" else items.pop(0)
        return Sequence(tuple(items), DEQUE, maxlen=maxlen), result
    if name == "reverse" and not args:
        return Sequence(tuple(items[::-1]), DEQUE, maxlen=maxlen), Const(None)
    if name == "rotate" and len(args) <= 1:  # by a known or unknown number of steps: each item may be any of them
        joined = join_all(items, interp.symbols) if items else UNKNOWN
        return Sequence((joined,) * len(items), DEQUE, maxlen=maxlen), Const(None)
    return None


MEMBERS: dict[str, Value] = {"deque": Builtin("deque", _deque)}
