"""Convert between abstract values and the concrete arguments/results of torch calls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .allowlist import is_allowed_function
from .overlays.types import NAMESPACE
from .values import UNKNOWN, Const, Sequence, SymDim, TensorValue, TorchModule, TorchRef, Value


class NotConcrete(Exception):
    """An argument the engine cannot pass to torch (unknown, or not made by the engine)."""


def to_concrete(value: Value, tensor: Callable[[TensorValue], Any] = lambda v: v.probe) -> Any:
    """The argument torch receives for an abstract value (a tensor's probe, or what `tensor` gives for it);
    raises NotConcrete for anything else."""
    import torch

    if isinstance(value, TensorValue):
        return tensor(value)
    if isinstance(value, Const):
        return value.value
    if isinstance(value, SymDim):
        return _resolved(value.value)
    if isinstance(value, Sequence) and value.items is not None and value.kind != NAMESPACE:
        items = [to_concrete(item, tensor) for item in value.items]
        if value.kind == "size":  # torch reads a torch.Size as sizes where it reads a tuple as data (`x.new(size)`)
            return torch.Size(items)
        return items if value.kind == "list" else tuple(items)
    if isinstance(value, TorchRef) and isinstance(value.obj, (torch.dtype, torch.memory_format, torch.layout)):
        return value.obj
    if isinstance(value, TorchModule):
        return value.module
    if isinstance(value, TorchRef) and is_allowed_function(value.qualname, value.obj):
        return value.obj  # a torch function given as an argument (a layer's `activation=F.gelu`)
    raise NotConcrete


def is_concrete(value: Value) -> bool:
    """Whether `value` has a concrete form (see to_concrete)."""
    try:
        to_concrete(value)
    except NotConcrete:
        return False
    return True


def _resolved(size: Any) -> Any:
    """A symbolic size as the number torch has since proved it equals (an op checked it against one), else itself."""
    node: Any = getattr(size, "node", None)
    env = getattr(node, "shape_env", None)
    if node is None or env is None:
        return size
    expr = env.replace(node.expr)
    return int(expr) if expr.is_number else size


def from_concrete(result: Any, make_tensor: Callable[[Any], Value]) -> Value:
    """The abstract value of a torch result; `make_tensor(probe)` wraps each tensor."""
    import torch

    if isinstance(result, torch.Tensor):
        return make_tensor(result)
    if isinstance(result, torch.Size):
        return Sequence(tuple(size_value(d) for d in result), "size")
    if isinstance(result, tuple):
        fields = tuple(getattr(result, "_fields", ()) or getattr(type(result), "__match_args__", ()))
        return Sequence(tuple(from_concrete(r, make_tensor) for r in result), "tuple", fields=fields)
    if isinstance(result, list):
        return Sequence(tuple(from_concrete(r, make_tensor) for r in result), "list")
    if isinstance(result, torch.nn.Module):
        return Const(result)
    if isinstance(result, torch.SymInt):
        return SymDim(result)
    if result is None or isinstance(result, (bool, int, float, str, torch.dtype)):
        return Const(result)
    return UNKNOWN


def size_value(d: Any) -> Value:
    """A size as a value: the int, or the symbolic size."""
    return Const(d) if isinstance(d, int) else SymDim(d)
