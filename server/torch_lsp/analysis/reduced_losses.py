"""Losses reduced to one number (`reduction="mean"`, torch's default, `"sum"` or `"batchmean"`): whatever their
inputs' shapes, a call that returns gives a 0-d tensor. Where torch cannot decide whether sizes the engine knows only
as symbols agree (a generator's output against its input, each sized by an option), that is still the result of
every run that goes on; a call torch shows to raise is reported as such and stays unknown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .values import Const, TensorValue, Value

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


def reduced_loss(
    torch: Any, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], scalar: Callable[[], Value]
) -> Value | None:
    """`scalar()`, a 0-d tensor, for a reducing loss called on tensors; None for other calls."""
    if not args or not isinstance(args[0], TensorValue):
        return None
    if isinstance(fn, torch.nn.modules.loss._Loss):
        reduction: Any = fn.reduction
    elif label in _FUNCTIONS and not {"size_average", "reduce"} & set(kwargs):
        given = kwargs.get("reduction", Const("mean"))
        reduction = given.value if isinstance(given, Const) else None
    else:
        return None
    return scalar() if reduction in _REDUCED else None
