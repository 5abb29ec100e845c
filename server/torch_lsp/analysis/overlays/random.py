"""Python's `random` module: samplers return a number of their kind whose value is unknown (`random` a float);
`randint` and `randrange` an int known only to lie within their bounds (see `bounded_int`); `choice`, `sample` and
`choices` return items of the population; `shuffle` reorders a list in place, so each of its items may afterwards
be any of them. `random.Random(seed)` and `random.SystemRandom()` make generators whose methods are the module's."""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ..callables import Builtin
from ..int_facts import int_value
from ..interp_api import MAX_CONST_ITEMS, InterpreterApi
from ..joins import join_all
from ..symbols import Symbols, SymbolsDeferred
from ..values import UNKNOWN, Const, Modelled, Scalar, Sequence, SymDim, Value, forget_contents


def _number(name: str, kind: type) -> Builtin:
    def sample(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return Scalar(kind)

    return Builtin(name, sample)


def bounded_int(interp: InterpreterApi, lower: Value | None, upper: Value | None, inclusive: bool) -> Value:
    """An int drawn between `lower` and `upper` (`upper` itself included when `inclusive`): a size known only
    by those bounds when both are ints or sizes, else an int whose value is unknown."""
    low, high = int_value(lower), int_value(upper)
    if low is None or high is None:
        return Scalar(int)
    return int_between(interp, low, high if inclusive else high - 1)


def int_between(interp: InterpreterApi, lower: Any, upper: Any) -> Value:
    """An int drawn in [lower, upper] (ints or sizes), known only by those bounds; an int whose value is unknown
    when symbolic sizes are not available or the bounds contradict each other."""
    try:
        value = interp.symbols.drawn(lower, upper)
    except SymbolsDeferred:
        return Scalar(int)
    return SymDim(value) if value is not None else Scalar(int)


def _randint(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`random.randint(a, b)`: a <= N <= b."""
    return bounded_int(interp, args[0], args[1], inclusive=True) if len(args) == 2 and not kwargs else Scalar(int)


def _randrange(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`random.randrange(stop)` / `randrange(start, stop[, step])`: start <= N < stop."""
    if kwargs or not 1 <= len(args) <= 3:
        return Scalar(int)
    start, stop = (Const(0), args[0]) if len(args) == 1 else (args[0], args[1])
    return bounded_int(interp, start, stop, inclusive=False)


def _population(interp: InterpreterApi, population: Value) -> Value:
    """The value any one item of `population` may have."""
    items = interp.iteration_items(population)
    if items is not None:
        return join_all(items, interp.symbols)
    return interp.iteration_element(population)


def _choice(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return _population(interp, args[0]) if len(args) == 1 and not kwargs else UNKNOWN


def _picked(interp: InterpreterApi, population: Value, count: Value | None) -> Value:
    """A list of `count` items drawn from `population`: item by item for a small known count, else of that length
    (a large int, or a size such as `args.batch_size`), of unknown length when `count` is not known. From an empty
    population only a draw of no item returns (any other raises): the empty list."""
    if interp.iteration_items(population) == []:
        return Sequence((), "list")
    item = _population(interp, population)
    if isinstance(count, Const) and type(count.value) is int and 0 <= count.value <= MAX_CONST_ITEMS:
        return Sequence((item,) * count.value, "list")
    if isinstance(count, Const) and type(count.value) is int and count.value > 0:
        return Sequence(None, "list", element=item, length=count.value)
    if isinstance(count, SymDim):
        return Sequence(None, "list", element=item, length=count.value)
    return Sequence(None, "list", element=item)


def _sample(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`random.sample(population, k)`: k distinct positions of the population."""
    count = args[1] if len(args) == 2 else kwargs.get("k")
    return _picked(interp, args[0], count) if args and count is not None else UNKNOWN


def _choices(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`random.choices(population, weights, *, cum_weights, k=1)`: k draws with replacement."""
    return _picked(interp, args[0], kwargs.get("k", Const(1))) if args else UNKNOWN


def _none(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return Const(None)


def _shuffled(interp: InterpreterApi, value: Value) -> Value:
    """A sequence after `random.shuffle` reordered it: a list keeps its length, each item any of the items it held;
    anything else (a tensor) keeps its shape, its contents changed."""
    if not (isinstance(value, Sequence) and value.kind == "list"):
        forget_contents([value])
        return value
    if value.items is None:
        return replace(value, prefix=())
    return Sequence((join_all(list(value.items), interp.symbols),) * len(value.items), "list")


@dataclass(frozen=True, eq=False)
class Generator(Modelled):
    """A `random.Random` instance: its samplers behave as the module's, drawing from its own state."""

    instance_of: ClassVar[str] = "random.Random"

    def member(self, name: str) -> Value:
        """The sampler `name` (UNKNOWN for what the module does not model)."""
        return SAMPLERS.get(name, UNKNOWN)

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two generators: one whose samplers are the same."""
        return self if isinstance(other, Generator) else UNKNOWN


def _generator(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return Generator()


SAMPLERS: dict[str, Value] = {
    **{name: _number(name, float) for name in ("random", "uniform", "gauss", "normalvariate", "triangular")},
    **{name: _number(name, float) for name in ("betavariate", "expovariate", "gammavariate", "lognormvariate")},
    "randint": Builtin("randint", _randint),
    "randrange": Builtin("randrange", _randrange),
    "getrandbits": _number("getrandbits", int),
    "choice": Builtin("choice", _choice),
    "sample": Builtin("sample", _sample),
    "choices": Builtin("choices", _choices),
    "seed": Builtin("seed", _none),
    "shuffle": Builtin("shuffle", _none, changes_first=_shuffled),
}
MEMBERS: dict[str, Value] = {
    **SAMPLERS,
    "Random": Builtin("Random", _generator),
    "SystemRandom": Builtin("SystemRandom", _generator),
}
