"""Wrappers that keep the model: calling `nn.DataParallel(model)`, `DistributedDataParallel(model)` or
`torch.compile(model)` calls `model` with the same arguments and gives the same shapes, and so does
`torch.utils.checkpoint.checkpoint(fn, *args)` call `fn`. `weight_norm(layer)` and
`spectral_norm(layer)` (both APIs) give a copy of the layer reparametrized by torch itself: the same forward
shapes, and its own parameters (`weight_g`, `weight_v`); `remove_weight_norm(layer)` and
`remove_spectral_norm(layer)` give it back with a plain `weight` again, undone by torch itself."""

from __future__ import annotations

import ast
import copy
from typing import Any

from ..alternatives import Alternatives
from ..interp_api import InterpreterApi
from ..joins import same_dim
from ..layer_stacks import LayerStack
from ..values import (
    UNKNOWN,
    Const,
    Container,
    Function,
    Sequence,
    TorchModule,
    TorchRef,
    UserObject,
    Value,
    tensors_in,
)

_WRAPPERS = ("torch.nn.DataParallel", "torch.nn.parallel.DistributedDataParallel", "torch.compile")
_REPARAMETRIZATIONS = (
    "torch.nn.utils.weight_norm",
    "torch.nn.utils.spectral_norm",
    "torch.nn.utils.parametrizations.weight_norm",
    "torch.nn.utils.parametrizations.spectral_norm",
    "torch.nn.utils.remove_weight_norm",
    "torch.nn.utils.remove_spectral_norm",
)


def wrapped_model(torch: Any, ref: TorchRef, args: list[Value]) -> Value | None:
    """The model a wrapper call `ref(model, ...)` keeps (one of several included); None when `ref` is not such a
    wrapper."""
    if not args or not isinstance(args[0], (TorchModule, Container, LayerStack, UserObject, Function, Alternatives)):
        return None
    wrappers = [_resolve(torch, name) for name in _WRAPPERS]
    return args[0] if any(ref.obj is w for w in wrappers if w is not None) else None


def wrapped_layer(interp: InterpreterApi, layer: Value, name: str) -> Value | None:
    """`model.module` of a layer with no attribute `module`: only a wrapper has one (on the layer itself Python
    raises), and the engine takes a wrapped model for the model, so the layer; None for another name, or where the
    program may give some object an attribute `module`."""
    return layer if name == "module" and not interp.may_set_attribute(name) else None


def data_parallel_call(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """`nn.parallel.data_parallel(module, inputs, device_ids, output_device, dim)`: the module called on the inputs,
    which torch scatters along `dim` and gathers back, when every tensor it returns keeps the size of the first
    input along `dim` (a loss reduced to a scalar gathers into one per device: unknown); None for another call."""
    if ref.obj is not _resolve(interp.torch, "torch.nn.parallel.data_parallel"):
        return None
    given = dict(zip(("module", "inputs", "device_ids", "output_device", "dim", "module_kwargs"), args, strict=False))
    given.update(kwargs)
    inputs, dim, extra = given.get("inputs"), given.get("dim", Const(0)), given.get("module_kwargs", Const(None))
    if "module" not in given or inputs is None or not isinstance(dim, Const) or type(dim.value) is not int:
        return UNKNOWN
    if not (isinstance(extra, Const) and extra.value is None):
        return UNKNOWN
    items = list(inputs.items) if isinstance(inputs, Sequence) and inputs.kind == "tuple" and inputs.items else [inputs]
    first = tensors_in(items)
    result = interp.call(given["module"], items, {}, node)
    returned = tensors_in([result])
    if not first or not returned or first[0].probe.dim() <= dim.value:
        return UNKNOWN
    size = first[0].probe.shape[dim.value]
    if not all(t.probe.dim() > dim.value and same_dim(t.probe.shape[dim.value], size) for t in returned):
        return UNKNOWN
    return result


def reparametrized(torch: Any, ref: TorchRef, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """The layer `weight_norm(layer, ...)` / `spectral_norm(layer, ...)` or their removal gives; None when `ref` is
    none of them."""
    function = next((f for f in map(lambda n: _resolve(torch, n), _REPARAMETRIZATIONS) if ref.obj is f), None)
    if function is None:
        return None
    if len(args) != 1 or not isinstance(args[0], TorchModule) or not all(isinstance(v, Const) for v in kwargs.values()):
        return UNKNOWN
    layer = args[0].module
    lazy = torch.nn.parameter.is_lazy
    if any(lazy(t) or any(isinstance(d, torch.SymInt) for d in t.shape) for t in layer.parameters()):
        return UNKNOWN  # a lazy layer's weight has no shape yet to reparametrize
    try:
        changed = function(_copy(torch, layer), **{k: v.value for k, v in kwargs.items() if isinstance(v, Const)})
    except Exception:  # noqa: BLE001 torch refusing the layer (no `weight`): the result is unknown
        return UNKNOWN
    return TorchModule(changed, args[0].qualname, args[0].defined_at, args[0].arg_span)


def _copy(torch: Any, layer: Any) -> Any:
    """A deep copy of `layer`, the weight a reparametrization computed (which deepcopy refuses) detached."""
    computed = {k: v for k, v in vars(layer).items() if isinstance(v, torch.Tensor) and not v.is_leaf}
    for name in computed:
        del layer.__dict__[name]
    try:
        clone = copy.deepcopy(layer)
    finally:
        layer.__dict__.update(computed)
    clone.__dict__.update({name: tensor.detach() for name, tensor in computed.items()})
    return clone


_CHECKPOINT_OPTIONS = ("use_reentrant", "preserve_rng_state", "context_fn", "determinism_check", "debug")


def checkpointed_call(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """`torch.utils.checkpoint.checkpoint(fn, *args, **kwargs)`: what `fn(*args, **kwargs)` gives (the
    checkpoint's own options left out), the one call that stands for the forward and its recomputation in
    backward; None for another call."""
    if ref.obj is not _resolve(interp.torch, "torch.utils.checkpoint.checkpoint") or not args:
        return None
    function = args[0]
    interp.model_every_call(function)
    given = {name: value for name, value in kwargs.items() if name not in _CHECKPOINT_OPTIONS}
    return interp.call(function, args[1:], given, node)


def _resolve(torch: Any, qualname: str) -> Any:
    obj = torch
    for part in qualname.split(".")[1:]:
        obj = getattr(obj, part, None)
    return obj
