"""The function run in place of a torch function on symbolic sizes, where torch's own cannot take them or takes
them at a cost far beyond what its result needs: `F.pad` (see constant_pads) and `torch.einsum` (see
symbolic_einsum)."""

from __future__ import annotations

from typing import Any

from . import constant_pads, symbolic_einsum


def symbolic_form(fn: Any) -> Any:
    """The function to run for torch function `fn` on symbolic sizes: `fn` itself but for F.pad and einsum."""
    import torch

    if fn is torch.nn.functional.pad:
        return constant_pads.padded
    if fn is torch.einsum:
        return symbolic_einsum.einsum
    return fn
