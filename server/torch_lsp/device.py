"""Choose the active torch device from a setting: auto, cpu, cuda, cuda:N or mps."""

from __future__ import annotations

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")


def resolve_device(setting: str = "auto") -> str:
    """Return the device name to probe on; `auto` prefers CUDA, then MPS, then CPU."""
    import torch

    setting = (setting or "auto").strip().lower()
    if setting == "auto":
        if torch.cuda.is_available():
            return "cuda:0"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if setting.startswith("cuda"):
        if not torch.cuda.is_available():
            raise ValueError("CUDA was requested but torch.cuda.is_available() is False")
        return setting if ":" in setting else "cuda:0"
    if setting == "mps" and not torch.backends.mps.is_available():
        raise ValueError("MPS was requested but torch.backends.mps.is_available() is False")
    if setting not in ("cpu", "mps"):
        raise ValueError(f"unknown device {setting!r}; use auto, cpu, cuda, cuda:N or mps")
    return setting


def available_devices() -> list[str]:
    """The settings that work here: auto, cpu, then each CUDA device and MPS that torch reports available."""
    import torch

    found = ["auto", "cpu"]
    if torch.cuda.is_available():
        found += ["cuda", *(f"cuda:{index}" for index in range(torch.cuda.device_count()))]
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        found.append("mps")
    return found
