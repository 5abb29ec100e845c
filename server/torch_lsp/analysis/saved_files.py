"""`torch.save` and `torch.load` within one program: loading the path (or in-memory buffer) the program saved
to earlier gives back what it saved, its tensors moved where `map_location` says. Nothing touches the disk.

A path saved to more than once (the best checkpoint, saved in a branch of the training loop) loads as the
join of everything saved there, so a shape that differs between the saves is shown as `?`.
"""

from __future__ import annotations

import os

from .joins import join
from .symbols import Symbols
from .values import UNKNOWN, Const, Instance, Scalar, Sequence, TensorValue, Value

BUFFER = "io.BytesIO"


def file_key(target: Value | None) -> str | None:
    """The identity of a save destination: a literal path, or an `io.BytesIO()` the program made."""
    if isinstance(target, Const) and isinstance(target.value, str) and target.value:
        return "path:" + os.path.normpath(target.value)
    if isinstance(target, Instance) and target.qualname == BUFFER:
        return f"buffer:{id(target)}"
    return None


def save(saved: dict[str, Value], args: list[Value], kwargs: dict[str, Value], symbols: Symbols) -> None:
    """Record `torch.save(obj, f)` in `saved` (destination key -> what was written there)."""
    obj = args[0] if args else kwargs.get("obj", UNKNOWN)
    key = file_key(args[1] if len(args) > 1 else kwargs.get("f"))
    if key is not None:
        saved[key] = join(saved[key], obj, symbols) if key in saved else obj


def load(
    saved: dict[str, Value], args: list[Value], kwargs: dict[str, Value], device: str | None, line: int | None
) -> Value:
    """What `torch.load(f, map_location=...)` returns when the program saved to `f` earlier; `device` is the
    one `map_location` names (None: where each tensor was saved)."""
    key = file_key(args[0] if args else kwargs.get("f"))
    return UNKNOWN if key not in saved else _loaded(saved[key], device, line)


def _loaded(value: Value, device: str | None, line: int | None) -> Value:
    """A fresh copy of a saved value; what a weights-only load refuses (modules, user objects) is unknown."""
    if isinstance(value, TensorValue):
        origin = (*value.origin[-3:], "torch.load")
        return TensorValue(value.probe, device or value.device, origin, value.checked_on, line, dtypes=value.dtypes)
    if isinstance(value, Sequence):
        items = None if value.items is None else tuple(_loaded(item, device, line) for item in value.items)
        return Sequence(items, value.kind, _loaded(value.element, device, line), value.fields)
    return value if isinstance(value, (Const, Scalar)) else UNKNOWN
