"""Which torch classes have a method of a given name, from `dir()` of torch's own classes (built once)."""

from __future__ import annotations

import functools
from types import ModuleType

from ..torch_names import resolve_object

# The classes whose instances user code calls methods on, most common first: a name several of them have
# is listed in this order.
OWNER_CLASSES = (
    "torch.Tensor",
    "torch.nn.Module",
    "torch.optim.Optimizer",
    "torch.optim.lr_scheduler.LRScheduler",
    "torch.utils.data.DataLoader",
    "torch.utils.data.Dataset",
    "torch.amp.GradScaler",
    "torch.Generator",
    "torch.Size",
)


@functools.lru_cache(maxsize=2)
def _owners_by_method(torch: ModuleType) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for qualname in OWNER_CLASSES:
        cls = resolve_object(torch, qualname)
        if not isinstance(cls, type):
            continue
        for name in dir(cls):
            if not name.startswith("_"):
                owners.setdefault(name, []).append(qualname)
    return {name: tuple(classes) for name, classes in owners.items()}


def method_owners(torch: ModuleType, name: str) -> tuple[str, ...]:
    """The torch classes (of OWNER_CLASSES) that have an attribute `name`, most common first."""
    return _owners_by_method(torch).get(name, ())


def defining_owner(torch: ModuleType, cls_qualname: str, name: str) -> str:
    """The public torch class a method comes from: `torch.nn.Module` for `torch.nn.Linear.to`, the class
    itself when it defines or overrides the method (or is not a torch class with one of OWNER_CLASSES as base)."""
    cls = resolve_object(torch, cls_qualname)
    if not isinstance(cls, type):
        return cls_qualname
    own = resolve_object(torch, f"{cls_qualname}.{name}")
    if own is None:
        return cls_qualname
    for owner in OWNER_CLASSES:
        base = resolve_object(torch, owner)
        if isinstance(base, type) and issubclass(cls, base) and own is resolve_object(torch, f"{owner}.{name}"):
            return owner
    return cls_qualname
