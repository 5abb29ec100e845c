"""Checks torch's eager kernels make that its meta kernels skip, run before an op on probes so that a call
that would fail for real fails there too (with torch's own message)."""

from __future__ import annotations

from typing import Any

# conv_transpose{1,2,3}d by the number of spatial dims
_TRANSPOSED = {"conv_transpose1d": 1, "conv_transpose2d": 2, "conv_transpose3d": 3}


def check(fn: Any, args: tuple, kwargs: dict) -> None:
    """Raise what eager torch raises for `fn(*args, **kwargs)` where the meta kernel does not check."""
    transposed = _transposed_operands(fn, args, kwargs)
    if transposed is not None:
        _check_transposed_channels(*transposed)


def _transposed_operands(fn: Any, args: tuple, kwargs: dict) -> tuple[Any, Any, int] | None:
    """(input, weight, spatial dims) of a transposed convolution, as a layer or as the functional call."""
    import torch

    if isinstance(fn, (torch.nn.ConvTranspose1d, torch.nn.ConvTranspose2d, torch.nn.ConvTranspose3d)):
        given = args[0] if args else kwargs.get("input")
        return (given, fn.weight, len(fn.kernel_size)) if isinstance(given, torch.Tensor) else None
    spatial = _TRANSPOSED.get(getattr(fn, "__name__", ""))
    if spatial is None or fn is not getattr(torch.nn.functional, fn.__name__, None):
        return None
    given = args[0] if args else kwargs.get("input")
    weight = args[1] if len(args) > 1 else kwargs.get("weight")
    if isinstance(given, torch.Tensor) and isinstance(weight, torch.Tensor):
        return given, weight, spatial
    return None


def _check_transposed_channels(given: Any, weight: Any, spatial: int) -> None:
    """A transposed convolution reads as many input channels as its weight's first dim (ATen's
    check_shape_forward)."""
    import torch

    if given.dim() not in (spatial + 1, spatial + 2) or weight.dim() != spatial + 2:
        return
    channels = given.shape[-(spatial + 1)]
    torch._check(
        channels == weight.shape[0],
        lambda: (
            f"Given transposed=1, weight of size {list(weight.shape)}, expected input{list(given.shape)} to "
            f"have {weight.shape[0]} channels, but got {channels} channels instead"
        ),
    )
