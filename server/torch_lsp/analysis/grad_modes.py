"""Autograd's grad mode where the code sets it: `torch.no_grad()`, `torch.inference_mode()`, `torch.enable_grad()`
and `torch.set_grad_enabled(flag)`, as a `with` statement's managers or as a function's decorators. Ops run in that
mode, as they do when the program runs: in `with torch.no_grad():` an in-place op on a leaf that requires grad is
allowed (`img.clamp_(0, 1)` in style transfer, an EMA's `p.mul_(decay)`), and what an op computes requires no grad."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from .values import Const, TorchRef, Value


def mode_set(torch: Any, maker: Value, args: list[Value], kwargs: dict[str, Value]) -> bool | None:
    """Whether grad is enabled inside the manager `maker(*args, **kwargs)` makes (a decorator given bare: no
    arguments); None when it is no grad mode manager, or its flag is not known."""
    if not isinstance(maker, TorchRef):
        return None
    if maker.obj is torch.no_grad:
        return False
    if maker.obj is torch.enable_grad:
        return True
    if maker.obj is torch.set_grad_enabled:
        return _flag(args[0] if args else kwargs.get("mode"))
    if maker.obj is torch.inference_mode:
        inference = _flag(args[0] if args else kwargs.get("mode", Const(True)))
        return None if inference is None else not inference
    return None


def _flag(value: Value | None) -> bool | None:
    return value.value if isinstance(value, Const) and isinstance(value.value, bool) else None


@contextmanager
def grad_mode(torch: Any, modes: list[bool]) -> Iterator[None]:
    """Run the block with grad enabled as the last of `modes` says (as it is now when there are none)."""
    with torch.set_grad_enabled(modes[-1]) if modes else nullcontext():
        yield
