"""Broadcasting: where an operand of an elementwise op has a number other than 1 in a dim, every other operand has
that number or 1 there (or the op raises), so the result has that number. torch takes sizes it may assume equal
for equal and keeps the first operand's, so `a * w` of `a` [32, Min(192,n)] and `w` [32, 192] would keep the
symbolic size."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .values import TensorValue, Value


def with_known_sizes(result: Value, operands: list[Value], symbols: Any) -> Value:
    """`result` of an elementwise op on `operands`, each of its sizes that an operand has as a number other than 1
    at that number (a result laid out otherwise than contiguously is kept as it is)."""
    if not isinstance(result, TensorValue):
        return result
    shape = list(result.shape)
    known = False
    for operand in operands:
        if not isinstance(operand, TensorValue):
            continue
        offset = len(shape) - operand.probe.dim()
        if offset < 0:
            return result
        for i, size in enumerate(operand.shape):
            if isinstance(size, int) and size != 1 and not isinstance(shape[offset + i], int):
                shape[offset + i], known = size, True
    if not known or not _contiguous(result.probe):
        return result
    grad = COMPUTED if result.probe.requires_grad else NO_GRAD
    return replace(result, probe=contiguous_probe(shape, result.probe.dtype, grad, symbols))


def _contiguous(probe: Any) -> bool:
    """Whether the probe is a dense tensor surely contiguous (not known where that depends on a size only the data
    decides)."""
    import torch
    from torch.fx.experimental.symbolic_shapes import GuardOnDataDependentSymNode

    if probe.layout != torch.strided:
        return False
    try:
        return bool(probe.is_contiguous())
    except GuardOnDataDependentSymNode:
        return False
