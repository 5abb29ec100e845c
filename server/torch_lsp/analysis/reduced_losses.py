"""Losses reduced to one number (`reduction="mean"`, torch's default, `"sum"` or `"batchmean"`): whatever their
inputs' shapes, a call that returns gives a 0-d tensor. Where torch cannot decide whether sizes the engine knows only
as symbols agree (a generator's output against its input, each sized by an option), that is still the result of
every run that goes on; a call torch shows to raise is reported as such and stays unknown. Of a known floating
input and a target the engine does not know (computed from data it cannot see), the loss is 0-d too, of the input's
dtype promoted with the target's, a floating one (losses that turn a complex target into a complex loss are left
out: the engine's dtypes that are not known are floating ones)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .values import Const, TensorValue, Value, tensors_in

_FUNCTIONS = frozenset(
    f"torch.nn.functional.{name}"
    for name in (
        "mse_loss",
        "l1_loss",
        "smooth_l1_loss",
        "huber_loss",
        "binary_cross_entropy",
        "binary_cross_entropy_with_logits",
        "cross_entropy",
        "nll_loss",
        "kl_div",
        "soft_margin_loss",
        "poisson_nll_loss",
        "gaussian_nll_loss",
    )
)
_REDUCED = frozenset({"mean", "sum", "batchmean"})
_COMPLEX_LOSSES = frozenset(
    {"binary_cross_entropy_with_logits", "poisson_nll_loss", "gaussian_nll_loss", "multilabel_soft_margin_loss"}
)
_COMPLEX_LOSS_MODULES = frozenset(
    {"BCEWithLogitsLoss", "PoissonNLLLoss", "GaussianNLLLoss", "MultiLabelSoftMarginLoss"}
)
_FLOATS = ("float16", "bfloat16", "float32", "float64")


def reduced_loss(
    torch: Any, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], scalar: Callable[[], Value]
) -> Value | None:
    """`scalar()`, a 0-d tensor, for a reducing loss called on tensors; None for other calls."""
    if not args or not isinstance(args[0], TensorValue):
        return None
    return scalar() if _reduction(torch, label, fn, kwargs) in _REDUCED else None


def unknown_target_dtypes(
    torch: Any, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value]
) -> frozenset[Any] | None:
    """The dtypes the 0-d tensor a reducing loss gives of a known floating input and other arguments the engine does
    not know may have; None for other calls."""
    if not args or not isinstance(args[0], TensorValue) or _reduction(torch, label, fn, kwargs) not in _REDUCED:
        return None
    if type(fn).__name__ in _COMPLEX_LOSS_MODULES or label.rpartition(".")[2] in _COMPLEX_LOSSES:
        return None
    if any(t.probe.dtype.is_complex for t in tensors_in([*args, *kwargs.values()])):
        return None
    given = args[0].possible_dtypes
    if not all(dtype.is_floating_point for dtype in given):
        return None
    return given | {torch.promote_types(dtype, getattr(torch, name)) for dtype in given for name in _FLOATS}


def _reduction(torch: Any, label: str, fn: Any, kwargs: dict[str, Value]) -> Any:
    """The reduction a loss call applies; None when it is not known or the call is no loss."""
    if isinstance(fn, torch.nn.modules.loss._Loss):
        return fn.reduction
    if label in _FUNCTIONS and not {"size_average", "reduce"} & set(kwargs):
        given = kwargs.get("reduction", Const("mean"))
        return given.value if isinstance(given, Const) else None
    return None
