"""The legacy tensor classes (`torch.FloatTensor`, ...), which take either sizes or data."""

from __future__ import annotations

from typing import Any


def legacy_dtypes(torch: Any) -> dict[Any, Any]:
    """The legacy tensor classes, which take either sizes or data (`torch.LongTensor(xs)`), and their dtypes."""
    return {
        torch.Tensor: torch.float32,
        torch.FloatTensor: torch.float32,
        torch.LongTensor: torch.int64,
        torch.DoubleTensor: torch.float64,
        torch.IntTensor: torch.int32,
    }
