"""`F.pad` in its constant mode (the default) by an amount torch holds as a symbol (`F.pad(x, (0, pad_w))` with
`pad_w = (7 - W % 7) % 7` of a size read at run time): torch's meta kernel for constant_pad_nd takes concrete ints
only, so the call runs torch's reference implementation instead, which gives each padded size as the size plus
both its pads, as a run does."""

from __future__ import annotations

from typing import Any


def padded(input: Any, pad: Any, mode: str = "constant", value: Any = None) -> Any:
    """`F.pad(input, pad, mode, value)`, by torch's reference implementation where a constant pad is symbolic."""
    import torch

    if mode == "constant" and any(isinstance(size, torch.SymInt) for size in pad):
        import torch._refs

        return torch._refs.constant_pad_nd(input, pad, 0.0 if value is None else value)
    return torch.nn.functional.pad(input, pad, mode, value)
