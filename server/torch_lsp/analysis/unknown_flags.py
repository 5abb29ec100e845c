"""A torch layer built with a bool argument known only to be True or False (`bias=bias`, where one path set it to
True and another to False) is one of the layers built with each value: it stands for all of them (see
alternatives), so calling it gives the join of what each gives. Past MAX_OPTIONS layers it is not built."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

from .alternatives import MAX_OPTIONS
from .values import Const, Scalar, Value


def _is_unknown_bool(value: Value) -> bool:
    return isinstance(value, Scalar) and value.kind is bool


def settings(args: list[Value], kwargs: dict[str, Value]) -> list[tuple[list[Value], dict[str, Value]]] | None:
    """The arguments with each unknown bool replaced by True and by False, every combination; None when no
    argument is an unknown bool or the combinations are more than MAX_OPTIONS."""
    flags = [k for k, v in _entries(args, kwargs) if _is_unknown_bool(v)]
    if not flags or 2 ** len(flags) > MAX_OPTIONS:
        return None
    combinations = []
    for values in product((True, False), repeat=len(flags)):
        chosen = dict(zip(flags, values, strict=True))
        combinations.append(
            (
                [Const(chosen[i]) if i in chosen else a for i, a in enumerate(args)],
                {k: Const(chosen[k]) if k in chosen else v for k, v in kwargs.items()},
            )
        )
    return combinations


def _entries(args: list[Value], kwargs: dict[str, Value]) -> Iterator[tuple[int | str, Value]]:
    yield from enumerate(args)
    yield from kwargs.items()
