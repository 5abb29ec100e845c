"""How many samples a DataLoader draws from a user map-style dataset (a class with `__getitem__` that is no
`IterableDataset`): its default sampler, sequential or shuffled, yields each index of `range(len(dataset))` once,
so where `__len__` gives a known int the loader's batches are known (the first one full, every one full when the
batch size divides the length).

class Pairs(Dataset):
    def __len__(self):
        return len(self.images)        # 64 images: DataLoader(Pairs(), batch_size=16) yields four batches of 16
"""

from __future__ import annotations

from typing import Any

from .inheritance import defining_class, mro
from .values import TorchRef, UserClass, UserObject, Value


def map_style(torch: Any, cls: UserClass) -> bool:
    """Whether a DataLoader indexes the dataset class's instances (it defines `__getitem__` and `__len__`, and none
    of its bases is one the engine does not know, which could be an `IterableDataset`)."""
    order = mro(cls)
    if order is None or cls.opaque or any(isinstance(k, UserClass) and k.opaque for k in order):
        return False
    iterable = torch.utils.data.IterableDataset
    if any(isinstance(k, TorchRef) and issubclass(k.obj, iterable) for k in order):
        return False
    return defining_class(cls, "__getitem__") is not None and defining_class(cls, "__len__") is not None


def user_dataset_length(torch: Any, dataset: Value, length_of: Any) -> int | None:
    """The length of a user map-style dataset object, where `length_of` (the `len` builtin, interpreted) gives a
    known non-negative int; None otherwise."""
    if not (isinstance(dataset, UserObject) and map_style(torch, dataset.cls)):
        return None
    length = length_of(dataset)
    value = getattr(length, "value", None)
    return value if type(value) is int and value >= 0 else None
