"""The legacy typed tensor classes (`torch.FloatTensor`, `torch.cuda.LongTensor`, ...): each is a dtype and a device.
`FloatTensor(n, m)` makes an uninitialised tensor of those sizes, `FloatTensor(data)` converts data,
`x.type(LongTensor)` converts to its dtype and device, and two of the same dtype joined where control flow merges
(`torch.cuda.FloatTensor if cuda else torch.FloatTensor`) are that dtype on a device that is not known.
The legacy sparse classes (`torch.sparse.FloatTensor`) build COO tensors (see `sparse_type`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .values import TorchRef

_DTYPES = {
    "FloatTensor": "float32",
    "DoubleTensor": "float64",
    "HalfTensor": "float16",
    "BFloat16Tensor": "bfloat16",
    "LongTensor": "int64",
    "IntTensor": "int32",
    "ShortTensor": "int16",
    "CharTensor": "int8",
    "ByteTensor": "uint8",
    "BoolTensor": "bool",
}


@dataclass(frozen=True)
class TensorType:
    """A legacy tensor class: the dtype and device of what it makes ("?" when the device is not known)."""

    dtype: Any
    device: str


def tensor_type(torch: Any, value: Any) -> TensorType | None:
    """The legacy tensor class a value names, or None."""
    if not isinstance(value, TorchRef):
        return None
    if isinstance(value.obj, TensorType):
        return value.obj
    if value.obj is torch.Tensor:
        return TensorType(torch.get_default_dtype(), "cpu")
    for module, device in ((torch, "cpu"), (torch.cuda, "cuda")):
        for name, dtype in _DTYPES.items():
            if value.obj is getattr(module, name, None):
                return TensorType(getattr(torch, dtype), device)
    return None


def join_types(torch: Any, a: Any, b: Any) -> TorchRef | None:
    """Two legacy tensor classes of one dtype joined: that dtype, on their common device or an unknown one."""
    first, second = tensor_type(torch, a), tensor_type(torch, b)
    if first is None or second is None or first.dtype != second.dtype:
        return None
    device = first.device if first.device == second.device else "?"
    return TorchRef(a.qualname, TensorType(first.dtype, device))


def sparse_type(torch: Any, value: Any) -> Any:
    """The dtype of the legacy sparse class a value names (`torch.sparse.FloatTensor`, on the CPU), or None."""
    if not isinstance(value, TorchRef):
        return None
    found = (getattr(torch, dtype) for name, dtype in _DTYPES.items() if value.obj is getattr(torch.sparse, name, None))
    return next(found, None)
