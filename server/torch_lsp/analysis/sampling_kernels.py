"""Meta kernels torch lacks for its sampling ops, registered once so that sampling runs on probes:
`aten::_sample_dirichlet` (behind `Beta(a, b).sample()` and `Dirichlet(c).sample()`) gives a tensor of its
concentration's shape and dtype, as torch's CPU and CUDA kernels do. A kernel torch has is left as it is."""

from __future__ import annotations

from types import ModuleType
from typing import Any

_LIBRARIES: list[Any] = []  # the registration lasts as long as its library object


def register_sampling_kernels(torch: ModuleType) -> None:
    """Register the missing meta kernels (the first time only)."""
    if _LIBRARIES:
        return
    library = torch.library.Library("aten", "IMPL")
    _LIBRARIES.append(library)
    if not torch._C._dispatch_has_kernel_for_dispatch_key("aten::_sample_dirichlet", "Meta"):
        library.impl("_sample_dirichlet", _like_concentration, "Meta")


def _like_concentration(concentration: Any, generator: Any = None) -> Any:
    return concentration.new_empty(concentration.shape)
