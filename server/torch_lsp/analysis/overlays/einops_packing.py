"""`einops.pack(tensors, pattern)` and `einops.unpack(tensor, packed_shapes, pattern)`, of a pattern of distinct
axis names and one `*` (`"b * d"`): pack flattens the dimensions each tensor has at the `*` into one (a size-1
dimension where it has none) and concatenates the tensors there, giving the packed tensor and the list of the
shapes it flattened (torch.Size); unpack splits that dimension back into one tensor per shape. They run as the
torch reshapes, concatenation and split they amount to, so sizes and shape errors follow as for any op."""

from __future__ import annotations

import ast
import math
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Sequence, SymDim, TensorValue, Value
from .einops_model import TorchOps, size_value
from .numpy_model import bound_arguments


def _around_star(pattern: Value) -> tuple[int, int] | None:
    """How many axes a pattern names before its `*` and after it; None for a pattern einops refuses."""
    if not (isinstance(pattern, Const) and isinstance(pattern.value, str)):
        return None
    names = pattern.value.split()
    others = [name for name in names if name != "*"]
    if names.count("*") != 1 or len(set(others)) != len(others) or not all(n.isidentifier() for n in others):
        return None
    star = names.index("*")
    return star, len(names) - star - 1


def _pack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    bound = bound_arguments(("tensors", "pattern"), args, kwargs)
    bound = bound if bound is not None and len(bound) == 2 else None
    split = _around_star(bound["pattern"]) if bound is not None else None
    items = interp.iteration_items(bound["tensors"]) if bound is not None else None
    if split is None or not items or not all(isinstance(item, TensorValue) for item in items):
        return UNKNOWN
    before, after = split
    run, flattened, shapes = TorchOps(interp, node), [], []
    for item in items:
        assert isinstance(item, TensorValue)
        shape = list(item.probe.shape)
        if len(shape) < before + after:
            return UNKNOWN
        starred = shape[before : len(shape) - after]
        kept = [*shape[:before], math.prod(starred, start=1), *shape[len(shape) - after :]]
        flattened.append(run.op("torch.reshape", item, run.sizes(kept)))
        shapes.append(Sequence(tuple(size_value(size) for size in starred), "size"))
    packed = run.op("torch.cat", Sequence(tuple(flattened), "list"), Const(before))
    if not isinstance(packed, TensorValue):
        return UNKNOWN
    return Sequence((packed, Sequence(tuple(shapes), "list")), "tuple")


def _unpack(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    bound = bound_arguments(("tensor", "packed_shapes", "pattern"), args, kwargs)
    bound = bound if bound is not None and len(bound) == 3 else None
    split = _around_star(bound["pattern"]) if bound is not None else None
    shapes = interp.iteration_items(bound["packed_shapes"]) if bound is not None else None
    tensor = bound["tensor"] if bound is not None else None
    if split is None or shapes is None or not isinstance(tensor, TensorValue):
        return UNKNOWN
    before, after = split
    sizes = [interp.iteration_items(shape) for shape in shapes]
    if not all(each is not None and all(_is_size(size) for size in each) for each in sizes):
        return UNKNOWN
    whole = list(tensor.probe.shape)
    if len(whole) != before + after + 1:
        return UNKNOWN
    run = TorchOps(interp, node)
    lengths = [math.prod([_number(size) for size in each or ()], start=1) for each in sizes]
    parts = run.op("torch.split", tensor, run.sizes(lengths), Const(before))
    pieces = interp.iteration_items(parts) if isinstance(parts, Sequence) else None
    if pieces is None or len(pieces) != len(sizes):
        return UNKNOWN
    unpacked = [
        run.op("torch.reshape", piece, run.sizes([*whole[:before], *map(_number, each or ()), *whole[before + 1 :]]))
        for piece, each in zip(pieces, sizes, strict=True)
    ]
    return Sequence(tuple(unpacked), "list")


def _is_size(value: Value) -> bool:
    return isinstance(value, SymDim) or (isinstance(value, Const) and type(value.value) is int and value.value >= 0)


def _number(value: Value) -> Any:
    """An int or a torch.SymInt (of a value `_is_size` accepts)."""
    return value.value if isinstance(value, (Const, SymDim)) else None


MEMBERS: dict[str, Value] = {"pack": Builtin("pack", _pack), "unpack": Builtin("unpack", _unpack)}
