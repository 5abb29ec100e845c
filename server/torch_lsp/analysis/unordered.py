"""Sets of known constants, and lists made from them: Python fixes their members but not their order (the order of
strings changes with PYTHONHASHSEED). So their length and `sorted()` are exact, a position holds any member, and a
dict comprehension over them knows its keys but, when its values follow the position, not which key has which."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from .interp_api import MAX_CONST_ITEMS, InterpreterApi
from .joins import join_all
from .keyed_orders import keyed_sorted
from .symbols import Symbols
from .values import UNKNOWN, BoundMethod, Const, Modelled, Range, Scalar, Sequence, SymDim, Value

SET_MUTATORS = frozenset(
    {"add", "update", "discard", "remove", "pop", "clear"}
    | {"difference_update", "intersection_update", "symmetric_difference_update"}
    | {"append", "extend", "insert", "sort", "reverse", "__setitem__", "__delitem__"}
)


@dataclass(frozen=True, eq=False)
class Unordered(Modelled):
    """A set of known constants (`kind` "set"), or a list or tuple made from one, in an order Python does not fix."""

    members: tuple[Const, ...]  # distinct, in the order first seen
    kind: str = "set"

    def member(self, name: str) -> Value:
        """Its methods, bound: the interpreter rebinds the receiver after one that mutates."""
        return BoundMethod(self, name)

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """Any position holds any member."""
        if self.kind == "set" or not self.members:
            return UNKNOWN
        integral = (isinstance(index, Const) and type(index.value) is int) or isinstance(index, SymDim)
        return (
            self.element(interp.symbols) if integral or (isinstance(index, Scalar) and index.kind is int) else UNKNOWN
        )

    def element(self, symbols: Symbols) -> Value:
        """The value of one member, not knowing which."""
        return join_all(list(self.members), symbols) if self.members else UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """The same members in the same kind of container join to themselves; a set and an open set, to the open
        set whose members are each one of either's."""
        if isinstance(other, Unordered) and other.kind == self.kind and _same_members(self.members, other.members):
            return self
        if isinstance(other, OpenSet) and self.kind == "set":
            return other.join(self, symbols)
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class OpenSet(Modelled):
    """A set whose members are not known, each of them some `element` (`set(labels.numpy())`: numpy ints)."""

    element: Value

    def member(self, name: str) -> Value:
        """Its methods, bound: the interpreter rebinds the receiver after one that mutates."""
        return BoundMethod(self, name)

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two open sets, or an open set and a set of known constants: one whose members are each either's."""
        if isinstance(other, Unordered) and other.kind == "set":
            return open_set([self.element, *other.members], symbols)
        return OpenSet(join_all([self.element, other.element], symbols)) if isinstance(other, OpenSet) else UNKNOWN


def _same_members(a: tuple[Const, ...], b: tuple[Const, ...]) -> bool:
    return len(a) == len(b) and all(any(_equal(x, y) for y in b) for x in a)


def _equal(a: Const, b: Const) -> bool:
    return type(a.value) is type(b.value) and a.value == b.value


def distinct(items: list[Value] | tuple[Value, ...]) -> tuple[Const, ...] | None:
    """The distinct members of a set built from `items`, in the order first seen; None unless every item is a
    hashable constant (str, int, float, bool, bytes or None)."""
    members: dict[object, Const] = {}
    for item in items:
        if not (isinstance(item, Const) and (item.value is None or type(item.value) in (str, int, float, bool, bytes))):
            return None
        members.setdefault(item.value, item)
    return tuple(members.values()) if len(members) <= MAX_CONST_ITEMS else None


def member_test(key: Value, container: Value, positive: bool) -> Value | None:
    """`key in s` (or `not in`) for a set of known constants, or a list made from one, and a known constant key:
    decided by the members, whatever their order; None for other operands."""
    if not (isinstance(container, Unordered) and distinct([key]) is not None):
        return None
    assert isinstance(key, Const)
    return Const(any(key.value == member.value for member in container.members) == positive)


def set_of(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`set(iterable)` / `frozenset(iterable)`: of known constants, those; else a set of the iterable's items."""
    if kwargs or len(args) > 1:
        return UNKNOWN
    if not args:
        return Unordered(())
    if isinstance(args[0], Unordered):
        return Unordered(args[0].members)
    items = interp.iteration_items(args[0])
    members = distinct(items) if items is not None else None
    if members is not None:
        return Unordered(members)
    # members not known: each is an item of the iterable
    element = join_all(items, interp.symbols) if items else interp.iteration_element(interp.iterated(args[0]))
    return OpenSet(element) if element is not UNKNOWN else UNKNOWN


def sorted_of(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`sorted(iterable, key=..., reverse=...)` of known constants that compare with each other, or of items whose
    keys are known constants: the sorted list; of anything else, a list (of unknown length) of the iterable's
    elements."""
    if len(args) != 1:
        return UNKNOWN
    reverse = kwargs.get("reverse", Const(False))
    items: list[Value] | None = (
        [*args[0].members] if isinstance(args[0], Unordered) else interp.iteration_items(args[0])
    )
    if items is not None and not set(kwargs) - {"key", "reverse"} and isinstance(reverse, Const):
        ordered = (
            keyed_sorted(interp, items, kwargs.get("key"), reverse.value, node) if type(reverse.value) is bool else None
        )
        if ordered is not None:
            return ordered
    return Sequence(None, "list", element=interp.iteration_element(args[0]))


def _sorted_list(items: list[Const] | tuple[Const, ...], reverse: bool) -> Value:
    try:
        return Sequence(tuple(sorted(items, key=lambda item: item.value, reverse=reverse)), "list")
    except TypeError:
        return UNKNOWN


def open_set(members: list[Value], symbols: Symbols) -> Value:
    """A set holding `members` (some not known exactly): an open set whose members are each one of them."""
    element = join_all(members, symbols)
    return OpenSet(element) if element is not UNKNOWN else UNKNOWN


SET_OPERATIONS = frozenset({"union", "intersection", "difference", "symmetric_difference", "copy"})


def set_operation(interp: InterpreterApi, owner: Unordered | OpenSet, name: str, args: list[Value]) -> Value:
    """`s.union(*others)` and the other operations making a new set, of a set whose members are not all known: an
    open set whose members are each a member of `s` (or, for `union` and `symmetric_difference`, of one of the
    others); UNKNOWN for others whose members the engine does not know."""
    if isinstance(owner, Unordered) and owner.kind != "set":
        return UNKNOWN
    if name == "copy" and not args:
        return Unordered(owner.members) if isinstance(owner, Unordered) else owner
    known = [other for other in args if isinstance(other, Unordered)]
    if name == "union" and isinstance(owner, Unordered) and len(known) == len(args):
        exact = distinct([*owner.members, *(member for other in known for member in other.members)])
        if exact is not None:
            return Unordered(exact)
    members: list[Value] = [*owner.members] if isinstance(owner, Unordered) else [owner.element]
    if name in ("union", "symmetric_difference"):
        for other in args:
            if isinstance(other, Unordered):
                members.extend(other.members)
                continue
            element = interp.iteration_element(other) if isinstance(other, (OpenSet, Sequence)) else UNKNOWN
            if element is UNKNOWN:
                return UNKNOWN
            members.append(element)
    return open_set(members, interp.symbols) if members else Unordered(())


def spread_operation(interp: InterpreterApi, name: str, sets: Value) -> Value | None:
    """`set.union(*sets)` (or another operation making a new set) over a list of sets not known one by one: an open
    set whose members are each a member of some set of the list (an empty list raises); None when `name` is no
    such operation or `sets` no list of sets."""
    if name not in SET_OPERATIONS or not isinstance(sets, Sequence) or sets.kind not in ("list", "tuple"):
        return None
    if sets.items is not None:
        return None
    each = sets.element
    if isinstance(each, Unordered) and each.kind == "set":
        return open_set([*each.members], interp.symbols) if each.members else Unordered(())
    return OpenSet(each.element) if isinstance(each, OpenSet) else None


def after_mutation(owner: Unordered | OpenSet, name: str, args: list[Value], interp: InterpreterApi) -> Value:
    """The value of `owner` after its method `name` ran: members added to a set when known; a list sorted; an open
    set keeps its element when members leave it and joins one added; else UNKNOWN (the members or their number may
    have changed)."""
    if isinstance(owner, OpenSet):
        if name in ("discard", "remove", "pop", "clear", "difference_update", "intersection_update"):
            return owner
        if name == "add" and len(args) == 1:
            return OpenSet(join_all([owner.element, args[0]], interp.symbols))
        return UNKNOWN
    if owner.kind == "set" and name == "add" and len(args) == 1:
        members = distinct([*owner.members, args[0]])
        return Unordered(members) if members is not None else open_set([*owner.members, args[0]], interp.symbols)
    if owner.kind == "set" and name == "update" and len(args) == 1 and isinstance(args[0], Unordered):
        members = distinct([*owner.members, *args[0].members])
        return Unordered(members) if members is not None else UNKNOWN
    if owner.kind == "list" and name == "sort" and not args:
        return _sorted_list(owner.members, False)
    return UNKNOWN


def keyed_entries(
    interp: InterpreterApi,
    iterable: Value,
    target: ast.expr,
    key: ast.expr,
    value: ast.expr,
    evaluate: Callable[[Value], Value],
) -> dict[str, Value] | None:
    """The entries of `{key: value for target in iterable}` over the members of an Unordered, or over
    `enumerate(...)` of one, when `key` is the name bound to the member: the keys are the members; a value that reads
    the member's position is the join over all positions (which member sits where is not known). None otherwise."""
    source, index = _members_source(iterable, target)
    if source is None or not isinstance(key, ast.Name) or not all(isinstance(m.value, str) for m in source.members):
        return None
    member = target if isinstance(target, ast.Name) else target.elts[1] if isinstance(target, ast.Tuple) else None
    if not (isinstance(member, ast.Name) and member.id == key.id):
        return None
    read = {node.id for node in ast.walk(value) if isinstance(node, ast.Name)}
    by_position = index is not None and index in read
    if by_position and member.id in read:
        return None
    values: dict[str, Value] = {}
    for position, item in enumerate(source.members):
        values[str(item.value)] = evaluate(item if index is None else Sequence((Const(position), item)))
    if by_position:
        return dict.fromkeys(values, join_all(list(values.values()), interp.symbols))
    return values


def _members_source(iterable: Value, target: ast.expr) -> tuple[Unordered | None, str | None]:
    """The Unordered a comprehension iterates, and the name bound to the position when it goes through
    `enumerate` (`for i, w in enumerate(words)`)."""
    if isinstance(iterable, Unordered) and isinstance(target, ast.Name):
        return iterable, None
    if (
        isinstance(iterable, Range)
        and isinstance(iterable.enumerates, Unordered)
        and isinstance(target, ast.Tuple)
        and len(target.elts) == 2
        and isinstance(target.elts[0], ast.Name)
    ):
        return iterable.enumerates, target.elts[0].id
    return None, None
