"""Values known to be one of a few constants (a command-line option given `choices`): a comparison with a constant,
or a membership test, is decided when every option gives the same answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .folding import fold, membership
from .symbols import Symbols
from .values import UNKNOWN, Const, Modelled, Scalar, Value


@dataclass(frozen=True, eq=False)
class OneOf(Modelled):
    """One of `options` (strings or numbers, never None: `x is None` is false of it), which one not known."""

    options: tuple[Const, ...]

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two such values: one of the options of either."""
        if not isinstance(other, OneOf):
            return UNKNOWN
        return one_of([*self.options, *other.options])


def one_of(options: list[Const]) -> Value:
    """The value that is one of `options` (the constant itself when there is one)."""
    distinct = list({(type(o.value), o.value): o for o in options}.values())
    return distinct[0] if len(distinct) == 1 else OneOf(tuple(distinct))


def compared(function: Callable[[Any, Any], Any], left: Value, right: Value) -> Value | None:
    """`left <op> right` where either is a OneOf and the other a constant: the answer every option gives, else an
    unknown bool; None for other operands."""
    return _agreed(
        _each(left, right, lambda a, b: fold(function, a.value, b.value) if isinstance(b, Const) else UNKNOWN)
    )


def contained(key: Value, container: Value, positive: bool) -> Value | None:
    """`key in container` where either is a OneOf: the answer every option gives, else an unknown bool; None for
    other operands."""
    return _agreed(_each(key, container, lambda a, b: membership(a, b, positive)))


def _each(left: Value, right: Value, answer: Callable[[Const, Value], Value]) -> list[Value] | None:
    """`answer` for each option of the OneOf operand (the other operand a constant when it is the right one)."""
    if isinstance(left, OneOf) and not isinstance(right, OneOf):
        return [answer(option, right) for option in left.options]
    if isinstance(right, OneOf) and isinstance(left, Const):
        return [answer(left, option) for option in right.options]
    return None


def _agreed(answers: list[Value] | None) -> Value | None:
    if answers is None:
        return None
    first = answers[0]
    if isinstance(first, Const) and all(isinstance(a, Const) and a.value is first.value for a in answers):
        return first
    return Scalar(bool)
