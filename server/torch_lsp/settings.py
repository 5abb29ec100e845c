"""The server's settings (`torchLsp.*`), read from initializationOptions and configuration changes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .analysis.probes import MAX_PROBE_ELEMENTS


@dataclass(frozen=True)
class Settings:
    """Every user-facing setting with its default."""

    language: str = "auto"
    device: str = "auto"
    shape_hints: bool = True
    dtype_hints: bool = False
    probe_max_elements: int = MAX_PROBE_ELEMENTS
    analysis_budget_s: float = 10.0


_KEYS = {
    ("language",): "language",
    ("device",): "device",
    ("inlayHints", "shapes"): "shape_hints",
    ("inlayHints", "dtype"): "dtype_hints",
    ("probe", "maxElements"): "probe_max_elements",
    ("analysis", "budgetSeconds"): "analysis_budget_s",
}


def _lookup(section: dict[str, Any], path: tuple[str, ...]) -> Any:
    flat = section.get(".".join(path))
    if flat is not None:
        return flat
    value: Any = section
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def merge_settings(current: Settings, raw: Any) -> Settings:
    """Apply a `torchLsp` settings object (nested or dotted keys; a wrapping `torchLsp` key is accepted)."""
    if not isinstance(raw, dict):
        return current
    section = raw.get("torchLsp", raw)
    if not isinstance(section, dict):
        return current
    changes: dict[str, Any] = {}
    for path, field_name in _KEYS.items():
        value = _lookup(section, path)
        if value is not None:
            expected = type(getattr(current, field_name))
            try:
                changes[field_name] = expected(value)
            except (TypeError, ValueError):
                continue
    return replace(current, **changes)


def resolve_language(setting: str, locale: str | None) -> str:
    """'zh' or 'en': the explicit setting, else the client's locale (zh-cn, zh-tw... -> zh)."""
    if setting in ("zh", "en"):
        return setting
    return "zh" if (locale or "").lower().startswith("zh") else "en"
