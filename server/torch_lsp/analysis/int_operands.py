"""Int-only arguments written as arithmetic of one read and an int constant (`range(0, 2 * n, 2)`,
`nn.Linear(d + 1, h)`, `np.zeros((n // 2, 3))`): an int times, plus or minus an int, or floor-divided by a positive
one, is an int, while a float, a string, a list or None read there gives no int (or raises), and the call raises
on anything but an int. So a run that goes on read an int: the argument is that int's size (named after what it
reads) combined with the constant, and the read holds that size from there on."""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_EITHER_SIDE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
}


@dataclass(frozen=True)
class IntOperand:
    """`read op constant` (or `constant op read`): the variable or attribute read, and how the constant joins it."""

    read: ast.Name | ast.Attribute
    combine: Callable[[Any, Any], Any]
    constant: int
    constant_first: bool

    def apply(self, size: Any) -> Any:
        """The argument's value when the read holds `size`."""
        return self.combine(self.constant, size) if self.constant_first else self.combine(size, self.constant)


def _int_constant(node: ast.expr) -> int | None:
    return node.value if isinstance(node, ast.Constant) and type(node.value) is int else None


def int_operand(source: ast.expr | None) -> IntOperand | None:
    """`source` as a read combined with an int constant by `+`, `-`, `*` (either side) or `//` (a positive
    constant on the right); None for anything else."""
    if not isinstance(source, ast.BinOp):
        return None
    left, right = source.left, source.right
    if isinstance(source.op, ast.FloorDiv):
        divisor = _int_constant(right)
        if isinstance(left, (ast.Name, ast.Attribute)) and divisor is not None and divisor > 0:
            return IntOperand(left, operator.floordiv, divisor, False)
        return None
    combine = _EITHER_SIDE.get(type(source.op))
    if combine is None:
        return None
    if isinstance(left, (ast.Name, ast.Attribute)) and (constant := _int_constant(right)) is not None:
        return IntOperand(left, combine, constant, False)
    if isinstance(right, (ast.Name, ast.Attribute)) and (constant := _int_constant(left)) is not None:
        return IntOperand(right, combine, constant, True)
    return None
