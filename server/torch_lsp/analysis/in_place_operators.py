"""`x += y` on a tensor runs `x.add_(y)`: the tensor changes in place, so it keeps its sizes and dtype, and an operand
that would broadcast it to a larger shape (`total = x.sum()`, then `total += x`) or give it another dtype raises
instead of making a new tensor, as `x = x + y` would. A Python number is immutable: `n += t` is `n = n + t`."""

from __future__ import annotations

import ast

# the tensor method each augmented assignment runs (`x @= y` is left to matmul's own rules)
METHODS: dict[type, str] = {
    ast.Add: "add_",
    ast.Sub: "sub_",
    ast.Mult: "mul_",
    ast.Div: "div_",
    ast.FloorDiv: "floor_divide_",
    ast.Mod: "remainder_",
    ast.Pow: "pow_",
    ast.BitAnd: "bitwise_and_",
    ast.BitOr: "bitwise_or_",
    ast.BitXor: "bitwise_xor_",
}
