"""Resolve qualified torch names to torch's own objects, by attribute access on torch only."""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

_MISSING = object()


def resolve_object(torch: ModuleType, qualified: str) -> Any:
    """Walk `torch.a.b.c` by attribute access on torch's own modules and classes; None if absent."""
    parts = qualified.split(".")
    if parts[0] != "torch":
        return None
    obj: Any = torch
    for part in parts[1:]:
        if (part.startswith("__") and part != "__version__") or not (inspect.ismodule(obj) or inspect.isclass(obj)):
            return None
        try:
            obj = inspect.getattr_static(obj, part, _MISSING) if inspect.isclass(obj) else getattr(obj, part, _MISSING)
        except Exception:  # noqa: BLE001 torch's lazy attributes may raise anything: not a resolvable name
            return None
        if obj is _MISSING:
            return None
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
    return obj
