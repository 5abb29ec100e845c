"""`torch.Size(sizes)`: the tuple of the ints it is given (torch raises on any other item, and reads a bool as its
int), which torch takes as sizes wherever it takes a shape (`F.interpolate(x, size=torch.Size([h * 2, w * 2]))`)."""

from __future__ import annotations

from .interp_api import InterpreterApi
from .values import UNKNOWN, Const, Sequence, SymDim, Value


def size_tuple(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """The torch.Size that `torch.Size()` or `torch.Size(iterable)` builds, when each item is a known int or size."""
    if kwargs or len(args) > 1:
        return UNKNOWN
    items = interp.iteration_items(args[0]) if args else []
    if items is None or not all(isinstance(i, SymDim) or _is_int(i) for i in items):
        return UNKNOWN
    return Sequence(tuple(Const(int(i.value)) if isinstance(i, Const) else i for i in items), "size")


def _is_int(value: Value) -> bool:
    return isinstance(value, Const) and isinstance(value.value, int)
