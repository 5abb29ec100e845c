"""Broadcasting: where an operand of an elementwise op has a number other than 1 in a dim, every other operand has
that number or 1 there (or the op raises), so the result has that number. torch takes sizes it may assume equal
for equal and keeps the first operand's, so `a * w` of `a` [32, Min(192,n)] and `w` [32, 192] would keep the
symbolic size. torch also takes every symbolic size to be at least 2, so it equates a size that may be 1 at run
time (a batch of at most N, a size nothing tells) with the other operand's there, for every tensor that holds it;
such a size is kept apart (`apart`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .joins import size_key
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


def apart(operands: list[Value], symbols: Any) -> list[Value]:
    """The operands of an elementwise op, each symbolic size that may be 1 and differs from another operand's size
    in the same broadcast dim replaced by a fresh unknown size (the operand laid out anew, contiguously): a run may
    broadcast it, so it is not the other size, and the result's size there is not known."""
    tensors = [operand for operand in operands if isinstance(operand, TensorValue)]
    rank = max((tensor.probe.dim() for tensor in tensors), default=0)
    doubtful: set[int] = set()
    for dim in range(1, rank + 1):
        sizes = [tensor.shape[-dim] for tensor in tensors if tensor.probe.dim() >= dim]
        distinct = {size_key(size) for size in sizes if not (isinstance(size, int) and size == 1)}
        if len(distinct) > 1 and any(not isinstance(size, int) and symbols.may_be_one(size) for size in sizes):
            doubtful.add(dim)
    if not doubtful:
        return operands
    return [_with_fresh_sizes(operand, doubtful, symbols) for operand in operands]


def _with_fresh_sizes(operand: Value, dims: set[int], symbols: Any) -> Value:
    """`operand` with a fresh unknown size at each of `dims` (counted from the last) where its size is symbolic."""
    if not isinstance(operand, TensorValue):
        return operand
    shape = list(operand.shape)
    changed = False
    for dim in dims:
        if dim <= len(shape) and not isinstance(shape[-dim], int):
            shape[-dim], changed = symbols.joined(), True
    if not changed:
        return operand
    grad = COMPUTED if operand.probe.requires_grad else NO_GRAD
    return replace(operand, probe=contiguous_probe(shape, operand.probe.dtype, grad, symbols), literals=())


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
