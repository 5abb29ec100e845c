"""`F.pad` in its constant mode (the default) by an amount torch holds as a symbol (`F.pad(x, (0, pad_w))` with
`pad_w = (7 - W % 7) % 7` of a size read at run time): torch's meta kernel for constant_pad_nd takes concrete ints
only, so the call runs torch's reference implementation instead, which gives each padded size as the size plus
both its pads, as a run does."""

from __future__ import annotations

from typing import Any


def symbolic_form(fn: Any) -> Any:
    """The function to run for torch function `fn` on symbolic sizes: `fn` itself but for F.pad."""
    import torch

    return _pad if fn is torch.nn.functional.pad else fn


def _pad(input: Any, pad: Any, mode: str = "constant", value: Any = None) -> Any:
    import torch

    if mode == "constant" and any(isinstance(size, torch.SymInt) for size in pad):
        import torch._refs

        return torch._refs.constant_pad_nd(input, pad, 0.0 if value is None else value)
    return torch.nn.functional.pad(input, pad, mode, value)
