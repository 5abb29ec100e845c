"""Values that may be None: where control flow merges None with another value (`labels = None` on one branch of
an `if`, `context if conditional else None`), the join keeps the other value as `MaybeNone`, and a test of a name
against None (`if x is not None:`, `assert x is not None`, `x if x is None else ...`) gives each branch what the
name can be there: the value, or None. An `if` testing an object's attribute (`if self.cache is None:`) does the
same for that attribute."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

from .values import UNKNOWN, Const, Modelled, Value


@dataclass(frozen=True, eq=False)
class MaybeNone(Modelled):
    """None, or `value` (never None itself); an item, an attribute None lacks and a call are the value's (None would
    raise)."""

    value: Value


def is_none(value: Value) -> bool:
    """Whether a value is None itself."""
    return isinstance(value, Const) and value.value is None


def may_be_none(value: Value) -> bool:
    """Whether a value is None or may be."""
    return is_none(value) or isinstance(value, MaybeNone)


def optional(value: Value) -> Value:
    """None or `value` (`value` itself when that is None or may be; nothing known when it is not known)."""
    if may_be_none(value) or value is UNKNOWN:
        return value
    return MaybeNone(value)


def without_none(value: Value) -> Value:
    """What a value that may be None is when it is not."""
    return value.value if isinstance(value, MaybeNone) else value


def none_tests(test: ast.expr, values: dict[str, Value]) -> tuple[dict[str, Value], dict[str, Value]]:
    """For `name is None` / `name is not None` where `name` (one of `values`) may be None: its value where the
    test is true and where it is false (empty when the test is not such a test)."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.Is, ast.IsNot))
        and isinstance(test.left, ast.Name)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
        and isinstance(values.get(test.left.id), MaybeNone)
    ):
        return {}, {}
    name = test.left.id
    present: dict[str, Value] = {name: without_none(values[name])}
    absent: dict[str, Value] = {name: Const(None)}
    return (absent, present) if isinstance(test.ops[0], ast.Is) else (present, absent)


def attribute_none_test(
    test: ast.expr, value_of: Callable[[ast.Attribute], Value | None]
) -> tuple[ast.Attribute, Value, Value] | None:
    """For `obj.name is None` / `obj.name is not None` where the attribute an object holds (read by `value_of`) may
    be None: the attribute, and what it is where the test is true and where it is false."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.Is, ast.IsNot))
        and isinstance(test.left, ast.Attribute)
        and isinstance(test.left.value, ast.Name)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return None
    value = value_of(test.left)
    if not isinstance(value, MaybeNone):
        return None
    present, absent = without_none(value), Const(None)
    return (test.left, absent, present) if isinstance(test.ops[0], ast.Is) else (test.left, present, absent)
