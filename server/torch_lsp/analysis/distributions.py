"""`torch.distributions`: a distribution built on probe tensors (`Categorical(probs)`, `Normal(mu, std)`) or on
numbers alone (`Normal(0, 1)`, whose parameters torch makes 0-d tensors) is a value whose `sample`, `rsample`,
`log_prob`, `entropy`, `cdf` and `icdf` run on those probes and whose `mean`, `stddev`, `variance`, `probs`,
`logits`, `batch_shape` and `event_shape` are read from them. It is built with `validate_args=False`: checking a
distribution's values needs data the probes do not hold. `kl_divergence(p, q)` of two such distributions runs on
their probes too. A failure there is the engine's limit, never reported as the program's error."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, ClassVar

from .callables import Builtin
from .concrete import NotConcrete, from_concrete, to_concrete
from .interp_api import InterpreterApi
from .sampling_kernels import register_sampling_kernels
from .torch_model import node_line
from .values import UNKNOWN, Modelled, TensorValue, TorchRef, Value, tensors_in

_METHODS = ("sample", "rsample", "log_prob", "entropy", "cdf", "icdf")
_READ = ("mean", "stddev", "variance", "probs", "logits", "loc", "scale", "batch_shape", "event_shape")


@dataclass(frozen=True, eq=False)
class DistributionValue(Modelled):
    """A distribution over probes: `obj` is torch's object, `device` where its tensors are."""

    obj: Any
    device: str
    defined_at: int | None
    instance_of: ClassVar[str] = "torch.distributions.Distribution"

    def member(self, name: str) -> Value:
        """Its methods run on the probes; its parameters and shapes are read from them."""
        if name in _METHODS:
            return Builtin(name, lambda interp, args, kwargs, node: _run(interp, self, name, args, kwargs, node))
        if name in _READ:
            try:
                value = getattr(self.obj, name)
            except Exception:  # noqa: BLE001 a parameter the distribution computes from data it does not hold
                return UNKNOWN
            return from_concrete(value, lambda probe: TensorValue(probe, self.device, (name,), None, self.defined_at))
        return UNKNOWN


def distribution_of(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The distribution `torch.distributions.X(...)` builds, or the divergence `kl_divergence(p, q)` gives; None
    when `ref` is neither a distribution class nor `kl_divergence`."""
    torch = interp.torch
    cls = ref.obj
    if cls is torch.distributions.kl_divergence:
        return _divergence(interp, ref, args, kwargs, node)
    if not (isinstance(cls, type) and issubclass(cls, torch.distributions.Distribution)):
        return None
    register_sampling_kernels(torch)
    tensors = tensors_in([*args, *kwargs.values()])
    concrete = _concrete(args, {k: v for k, v in kwargs.items() if k != "validate_args"})
    if concrete is None:
        return UNKNOWN
    result = interp.runner.call(ref.qualname, _build, (cls, *concrete[0]), concrete[1], confirm=False)
    if result.error is not None or not isinstance(result.value, torch.distributions.Distribution):
        return UNKNOWN
    device = tensors[0].device if tensors else "cpu"  # of numbers alone (`Normal(0, 1)`): 0-d tensors on the CPU
    return DistributionValue(result.value, device, node_line(node))


def _divergence(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """`kl_divergence(p, q)` of two modelled distributions, run on their probes."""
    p, q = args if len(args) == 2 and not kwargs else (None, None)
    if not (isinstance(p, DistributionValue) and isinstance(q, DistributionValue)):
        return UNKNOWN
    result = interp.runner.call(ref.qualname, ref.obj, (p.obj, q.obj), {}, confirm=False)
    if result.error is not None or not result.evaluated:
        return UNKNOWN
    line = node_line(node)
    return from_concrete(result.value, lambda probe: TensorValue(probe, p.device, ("kl_divergence",), None, line))


def _concrete(args: list[Value], kwargs: dict[str, Value]) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    """The arguments as torch receives them (probes for tensors); None when one has no concrete form (a tensor whose
    dtype is not known among them)."""
    if any(t.dtypes for t in tensors_in([*args, *kwargs.values()])):
        return None
    try:
        return tuple(to_concrete(a) for a in args), {k: to_concrete(v) for k, v in kwargs.items()}
    except NotConcrete:
        return None


def _build(cls: Any, *args: Any, **kwargs: Any) -> Any:
    return cls(*args, validate_args=False, **kwargs)


def _call(distribution: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    return getattr(distribution, name)(*args, **kwargs)


def _run(
    interp: InterpreterApi,
    distribution: DistributionValue,
    name: str,
    args: list[Value],
    kwargs: dict[str, Value],
    node: ast.AST,
) -> Value:
    """`d.sample(...)`, `d.log_prob(x)`, ...: run on the probes (the distribution in the arguments keeps the op
    cache away: its result depends on the distribution's sizes)."""
    concrete = _concrete(args, kwargs)
    if concrete is None:
        return UNKNOWN
    label = f"torch.distributions.{type(distribution.obj).__name__}.{name}"
    result = interp.runner.call(label, _call, (distribution.obj, name, *concrete[0]), concrete[1], confirm=False)
    if result.error is not None or not result.evaluated:
        return UNKNOWN
    line = node_line(node)
    return from_concrete(
        result.value, lambda probe: TensorValue(probe, distribution.device, ("distribution", name), None, line)
    )
