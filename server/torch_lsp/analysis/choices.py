"""Values known to be one of a few constants (a command-line option given `choices`, the dtype of a tensor that paths
converted differently): a comparison with a constant, or a membership test, is decided when every option gives the
same answer, and a torch call given one runs once per option."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .folding import fold, membership
from .symbols import Symbols
from .values import UNKNOWN, Const, Modelled, Scalar, Value

Tested = ast.Name | ast.Attribute


@dataclass(frozen=True, eq=False)
class OneOf(Modelled):
    """One of `options` (strings, numbers or torch dtypes, never None: `x is None` is false of it), which one not
    known."""

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


def each_choice(args: list[Value], kwargs: dict[str, Value], limit: int) -> list[tuple[list[Value], dict[str, Value]]]:
    """The calls a call with OneOf arguments may be, one per combination of their options (`nn.RNN(h, h,
    nonlinearity=kind)` with kind one of 'tanh', 'relu'); empty when no argument is a OneOf or there are more than
    `limit` combinations."""
    slots = [*args, *kwargs.values()]
    if not any(isinstance(value, OneOf) for value in slots):
        return []
    combinations: list[list[Value]] = [[]]
    for value in slots:
        options = value.options if isinstance(value, OneOf) else (value,)
        combinations = [[*done, option] for done in combinations for option in options]
        if len(combinations) > limit:
            return []
    names = list(kwargs)
    return [(values[: len(args)], dict(zip(names, values[len(args) :], strict=True))) for values in combinations]


def joined_strings(a: Value, b: Value, limit: int) -> Value | None:
    """The join of two strings (or OneOfs of strings) that differ: one of them (`{'RNN_TANH': 'tanh', ...}[kind]`),
    unknown past `limit` options (a string that changes on every pass of a loop); None for other values."""
    left, right = _strings(a), _strings(b)
    if not left or not right:
        return None
    joined = one_of([*left, *right])
    return joined if not isinstance(joined, OneOf) or len(joined.options) <= limit else UNKNOWN


def _strings(value: Value) -> list[Const]:
    """The strings `value` may be: itself if a string constant, its options if a OneOf of strings; else none."""
    if isinstance(value, Const) and type(value.value) is str:
        return [value]
    if isinstance(value, OneOf) and all(type(option.value) is str for option in value.options):
        return list(value.options)
    return []


def string_tests(test: ast.expr, value_of: Callable[[Tested], Value]) -> tuple[Tested, Value, Value] | None:
    """For `name in ('LSTM', 'GRU')`, `args.kind == 'LSTM'` or an `or` of such tests of one name or attribute (whose
    value `value_of` gives) that is a string the engine does not know: what it is, its value where the test is true
    (one of those strings) and its value before the test; None when the test is not such a test."""
    tests = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    tested = [written for each in tests if (written := _written_strings(each)) is not None]
    if len(tested) != len(tests) or len({ast.dump(target) for target, _ in tested}) != 1:
        return None
    target = tested[0][0]
    given = value_of(target)
    if isinstance(given, Const):
        return None
    options = [option for _, written in tested for option in written]
    if isinstance(given, OneOf):
        options = [o for o in options if any(o.value == kept.value for kept in given.options)]
    return (target, one_of(options), given) if options else None


def _written_strings(test: ast.expr) -> tuple[Tested, list[Const]] | None:
    """For `x == 'a'` or `x in ('a', 'b')` with x a name or a chain of attributes of one: x and the strings."""
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return None
    left, (op,), (right,) = test.left, test.ops, test.comparators
    if not (isinstance(left, (ast.Name, ast.Attribute)) and _is_reference(left)):
        return None
    if isinstance(op, ast.Eq):
        written = [right]
    elif isinstance(op, ast.In) and isinstance(right, (ast.List, ast.Tuple, ast.Set)):
        written = right.elts
    else:
        return None
    strings = [Const(e.value) for e in written if isinstance(e, ast.Constant) and type(e.value) is str]
    return (left, strings) if written and len(strings) == len(written) else None


def _is_reference(node: ast.expr) -> bool:
    """A name, or an attribute of a reference (`args.kind`, `self.cfg.kind`)."""
    return isinstance(node, ast.Name) or (isinstance(node, ast.Attribute) and _is_reference(node.value))


def characters(value: Value) -> list[Value] | None:
    """The characters iterating a OneOf of strings of one length yields, position by position (one of the options'
    characters there); None for other values."""
    strings = [option.value for option in _strings(value)] if isinstance(value, OneOf) else []
    if not strings or len({len(text) for text in strings}) != 1:
        return None
    return [one_of([Const(text[position]) for text in strings]) for position in range(len(strings[0]))]
