"""`itertools.product`, `chain`, `permutations` and `combinations`: over iterables whose items are known, the items
they yield, in order (as many as a constant list may hold); else each item of `product` and `chain` is an item of
theirs (a tuple of one item of each for `product`, of a length known when every iterable's length is), as is each
item of `chain(*rows)` an item of some row when the rows are not known one by one.
`itertools.repeat(x, n)`: x, n times (forever without n)."""

from __future__ import annotations

import ast
import itertools
import math
from collections.abc import Callable, Iterable

from ..callables import Builtin
from ..interp_api import MAX_CONST_ITEMS, InterpreterApi
from ..joins import join_all
from ..values import UNKNOWN, Const, Range, Sequence, Value


def _product(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    repeat = kwargs.get("repeat", Const(1))
    if set(kwargs) - {"repeat"} or not (isinstance(repeat, Const) and type(repeat.value) is int and repeat.value >= 0):
        return UNKNOWN
    iterables = [interp.iterated(a) for a in args] * repeat.value
    all_items = [interp.iteration_items(a) for a in iterables]
    counts = [len(items) for items in all_items if items is not None]
    if len(counts) == len(all_items) and math.prod(counts) <= MAX_CONST_ITEMS:
        known = [items for items in all_items if items is not None]
        return Sequence(tuple(Sequence(combination) for combination in itertools.product(*known)), "list")
    lengths = [
        a.length if isinstance(a, Range) else len(i) if i is not None else None
        for a, i in zip(iterables, all_items, strict=True)
    ]
    length = math.prod(n for n in lengths if n is not None) if None not in lengths else None
    return Range(Sequence(tuple(interp.iteration_element(a) for a in iterables)), length)


def _chain(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if kwargs:
        return UNKNOWN
    iterables = [interp.iterated(a) for a in args]
    all_items = [interp.iteration_items(a) for a in iterables]
    known = [item for items in all_items if items is not None for item in items]
    if None not in all_items and len(known) <= MAX_CONST_ITEMS:
        return Sequence(tuple(known), "list")
    return Range(join_all([interp.iteration_element(a) for a in iterables], interp.symbols))


def chained_rows(interp: InterpreterApi, rows: Value) -> Value:
    """`itertools.chain(*rows)` of rows not known one by one (a list of unknown length): each item is an item of
    some row."""
    row = interp.iteration_element(interp.iterated(rows))
    return Range(interp.iteration_element(interp.iterated(row)))


def _repeat(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    given = dict(zip(("object", "times"), args, strict=False)) | kwargs
    if "object" not in given or set(given) - {"object", "times"}:
        return UNKNOWN
    times = given.get("times")
    if isinstance(times, Const) and type(times.value) is int and 0 <= times.value <= MAX_CONST_ITEMS:
        return Sequence((given["object"],) * times.value, "list")
    return Range(given["object"])


def _arrangements(arrange: Callable[..., Iterable[tuple[Value, ...]]]) -> Builtin:
    """`permutations` or `combinations` (iterable, r=None): the tuples they yield when the items and r are known."""

    def call(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = [*args, *(kwargs[name] for name in ("r",) if name in kwargs)]
        if set(kwargs) - {"r"} or not 1 <= len(given) <= 2:
            return UNKNOWN
        items = interp.iteration_items(interp.iterated(given[0]))
        size = given[1] if len(given) == 2 else Const(None if items is None else len(items))
        if items is None or not isinstance(size, Const) or type(size.value) is not int or size.value < 0:
            return UNKNOWN
        if math.perm(len(items), size.value) > MAX_CONST_ITEMS:
            return UNKNOWN
        return Sequence(tuple(Sequence(arrangement) for arrangement in arrange(items, size.value)), "list")

    return Builtin(arrange.__name__, call)


MEMBERS: dict[str, Value] = {
    "product": Builtin("product", _product),
    "chain": Builtin("chain", _chain),
    "repeat": Builtin("repeat", _repeat),
    "permutations": _arrangements(itertools.permutations),
    "combinations": _arrangements(itertools.combinations),
}
