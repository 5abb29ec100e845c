"""Broadcasting: where an operand of an elementwise op has a number other than 1 in a dim, every other operand has
that number or 1 there (or the op raises), so the result has that number. torch takes sizes it may assume equal
for equal and keeps the first operand's, so `a * w` of `a` [32, Min(192,n)] and `w` [32, 192] would keep the
symbolic size. torch also takes every symbolic size to be at least 2, so it equates a size that may be 1 at run
time (a batch of at most N, a size nothing tells) with the other operand's there, for every tensor that holds it;
such a size is kept apart (`apart`). The ops that broadcast are the Python operators other than `@` and the ops torch
tags pointwise, whose result has the broadcast shape of their tensor operands by that tag's contract."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from .in_place_tensors import is_in_place
from .joins import size_key
from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .values import TensorValue, Value


def broadcasts(label: str) -> bool:
    """Whether the callable named `label` broadcasts its tensor operands: a Python operator other than `@`, or an op
    torch tags pointwise (`torch.add`, `torch.where`, `Tensor.masked_fill`, ...)."""
    if label.startswith("operator."):
        return label != "operator.matmul"
    return label.startswith("torch.") and _pointwise(label.rsplit(".", 1)[-1])


@functools.cache
def _pointwise(name: str) -> bool:
    """Whether the aten op `name`, or the op whose in-place form it is, is tagged pointwise."""
    import torch

    for candidate in (name, name.removesuffix("_")):
        packet = getattr(torch.ops.aten, candidate, None)
        if packet is not None and any(
            torch.Tag.pointwise in getattr(packet, overload).tags for overload in packet.overloads()
        ):
            return True
    return False


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


def operands_of(args: list[Value], kwargs: dict[str, Value]) -> list[Value]:
    """A broadcasting call's operands: its arguments but `out=`, which is written, not broadcast."""
    return [*args, *(value for key, value in kwargs.items() if key != "out")]


def apart_arguments(
    label: str, args: list[Value], kwargs: dict[str, Value], symbols: Any
) -> tuple[list[Value], dict[str, Value]]:
    """The arguments of a broadcasting call with its operands kept apart (`apart`); an in-place op keeps its own
    tensor's sizes, which broadcasting cannot change."""
    keys = [key for key in kwargs if key != "out"]
    in_place = is_in_place(label.rsplit(".", 1)[-1])
    operands = apart(operands_of(args, kwargs), symbols, fixed=1 if in_place else 0)
    return operands[: len(args)], {**kwargs, **dict(zip(keys, operands[len(args) :], strict=True))}


def apart(operands: list[Value], symbols: Any, fixed: int = 0) -> list[Value]:
    """The operands of an elementwise op, each symbolic size that may be 1 and differs from another operand's size
    in the same broadcast dim replaced by a fresh unknown size (the operand laid out anew, contiguously): a run may
    broadcast it, so it is not the other size. Where another operand's size there is surely not 1, the result has
    that size whether the run broadcasts or not; otherwise every symbolic size there is fresh and the result's
    size is not known. The first `fixed` operands are kept as they are."""
    tensors = [operand for operand in operands if isinstance(operand, TensorValue)]
    rank = max((tensor.probe.dim() for tensor in tensors), default=0)
    doubtful: dict[int, bool] = {}  # dim (from the last) -> whether a size there is surely not 1
    for dim in range(1, rank + 1):
        sizes = [tensor.shape[-dim] for tensor in tensors if tensor.probe.dim() >= dim]
        distinct = {size_key(size) for size in sizes if not (isinstance(size, int) and size == 1)}
        maybe_one = [not isinstance(size, int) and symbols.may_be_one(size) for size in sizes]
        if len(distinct) > 1 and any(maybe_one):
            doubtful[dim] = any(
                not one and size_key(size) in distinct for size, one in zip(sizes, maybe_one, strict=True)
            )
    if not doubtful:
        return operands
    return operands[:fixed] + [_with_fresh_sizes(operand, doubtful, symbols) for operand in operands[fixed:]]


def _with_fresh_sizes(operand: Value, dims: dict[int, bool], symbols: Any) -> Value:
    """`operand` with a fresh unknown size at each of `dims` (counted from the last) where its size is symbolic and,
    where the dim has a size surely not 1, may be 1."""
    if not isinstance(operand, TensorValue):
        return operand
    shape = list(operand.shape)
    changed = False
    for dim, surely_sized in dims.items():
        if dim > len(shape) or isinstance(shape[-dim], int):
            continue
        if not surely_sized or symbols.may_be_one(shape[-dim]):
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
