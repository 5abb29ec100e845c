"""`pad_sequence` of a list whose length the engine does not know (one sample per item of a batch, each of its own
length): torch pads every sequence to the longest one, so the result has one row per item and a length that is
the items' maximum: a size of its own unless every item has the same known length."""

from __future__ import annotations

import ast
from typing import Any, Protocol

from .symbols import Symbols
from .values import UNKNOWN, Const, Sequence, TensorValue, Value


class _Calls(Protocol):
    """What padding needs from the torch call model."""

    def run(self, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value: ...

    def empty(self, shape: list[Any], dtype: Any) -> Any: ...


def padded(
    calls: _Calls, symbols: Symbols, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """`pad_sequence(items, ...)` of a list `items` (args[0]) of unknown length whose every item is its element."""
    items = args[0]
    element = items.element if isinstance(items, Sequence) else UNKNOWN
    if not isinstance(items, Sequence) or not isinstance(element, TensorValue) or element.probe.dim() == 0:
        return UNKNOWN
    two = calls.run(label, fn, [Sequence((element, element), "list"), *args[1:]], kwargs, node)
    batch_first = args[1] if len(args) > 1 else kwargs.get("batch_first", Const(False))
    if not isinstance(two, TensorValue) or not isinstance(batch_first, Const):
        return UNKNOWN
    rows, longest = (0, 1) if batch_first.value else (1, 0)
    shape = list(two.shape)
    shape[rows] = items.length if items.length is not None else symbols.joined()
    if not isinstance(element.shape[0], int):  # items of different lengths: the longest is none of them
        shape[longest] = symbols.joined()
    return two.derive(calls.empty(shape, two.probe.dtype), "pad_sequence", None)
