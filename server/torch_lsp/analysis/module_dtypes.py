"""`model.half()`, `.double()`, `.to(torch.bfloat16)`: a model converted to another floating dtype.

torch converts a model's parameters and buffers in place. The engine converts a copy of its meta
layers and rebinds the name the call was made on, so a conversion in one branch of an `if` does not
leak into the other (the join of the two models is unknown: no shape, and no false dtype error).
A floating tensor attribute the engine cannot tell a buffer (converted) from a plain attribute (kept) keeps its
shape, its dtype one of the two.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from .values import UNKNOWN, Const, Container, TensorValue, TorchModule, TorchRef, UserObject, Value, copy_user_objects

CONVERSIONS = {"float": "float32", "double": "float64", "half": "float16", "bfloat16": "bfloat16", "to": None}


def conversion_dtype(torch: Any, name: str, args: list[Value], kwargs: dict[str, Value]) -> Any:
    """The dtype `module.<name>(*args, **kwargs)` converts to; None when the call changes no dtype
    (`.to(device)`), UNKNOWN when it is not known (that of a tensor whose dtype is not known)."""
    if conversion := CONVERSIONS.get(name):
        return getattr(torch, conversion)
    for value in [*args, kwargs.get("dtype")]:
        if isinstance(value, TensorValue):  # `.to(other_tensor)` takes its dtype
            return UNKNOWN if value.dtypes else value.probe.dtype
        named = value.value if isinstance(value, Const) else value.obj if isinstance(value, TorchRef) else None
        if isinstance(named, torch.dtype):
            return named
    return None


def converted(
    value: Value, dtype: Any, buffers: frozenset[str] | None, clones: dict[int, UserObject] | None = None
) -> Value:
    """A copy of model `value` whose floating parameters and buffers have `dtype` (unknown for a dtype that is
    not floating, which torch refuses); `buffers` are the names the program may register buffers under (None:
    any name)."""
    clones = {} if clones is None else clones
    if not (dtype.is_floating_point or dtype.is_complex):
        return UNKNOWN
    if isinstance(value, TorchModule):
        return TorchModule(copy.deepcopy(value.module).to(dtype), value.qualname, value.defined_at, value.arg_span)
    if isinstance(value, Container):
        items = tuple(converted(item, dtype, buffers, clones) for item in value.items)
        return Container(value.qualname, items, value.names)
    if isinstance(value, UserObject):
        return copy_user_objects(value, clones, lambda name, item: _attribute(name, item, dtype, buffers, clones))
    return value


def _attribute(
    name: str, value: Value, dtype: Any, buffers: frozenset[str] | None, clones: dict[int, UserObject]
) -> Value:
    """A user module's attribute `name` (other than a user object) after the conversion."""
    import torch

    if isinstance(value, TensorValue):
        if not value.probe.dtype.is_floating_point:
            return value
        if isinstance(value.probe, torch.nn.Parameter):
            probe = torch.nn.Parameter(value.probe.detach().to(dtype), value.probe.requires_grad)
            return TensorValue(probe, value.device, (*value.origin[-3:], f"to({dtype})"), None, value.defined_at)
        if buffers is not None and name not in buffers:
            return value  # a plain tensor attribute: torch converts parameters and buffers only
        return _maybe_converted(value, dtype)
    return converted(value, dtype, buffers, clones) if isinstance(value, (TorchModule, Container)) else value


def _maybe_converted(value: TensorValue, dtype: Any) -> Value:
    """A tensor attribute that may be a buffer (converted) or a plain attribute (not): its shape either way, and
    one of its dtype and `dtype` (unknown when that is not a floating dtype, which no tensor may be one of)."""
    if not dtype.is_floating_point:
        return UNKNOWN
    dtypes = value.possible_dtypes | {dtype}
    return replace(value, dtypes=dtypes if len(dtypes) > 1 else None)
