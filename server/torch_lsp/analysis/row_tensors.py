"""Tensors built from a non-empty list of unknown length (`Sequence.length`, N) whose items all have one abstract
value. `torch.tensor(rows)` (numpy arrays of one shape, lists of numbers): a tensor built from one such row, with
as many rows as the list has, `[N, *row]`; dtype and device are those of the one-row tensor. `torch.stack(xs, d)`
has N at `d`, and `torch.cat(xs, d)` N times an item's size there."""

from __future__ import annotations

import ast
from typing import Any

from .interp_api import InterpreterApi
from .symbols import SymbolsDeferred
from .values import Sequence, TensorValue, TorchRef, Value


def tensor_of_rows(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The tensor `torch.tensor(rows)` / `torch.as_tensor(rows)` builds from a non-empty list of unknown length;
    None for any other call."""
    torch = interp.torch
    if ref.obj not in (torch.tensor, torch.as_tensor) or not args:
        return None
    rows = args[0]
    if not (isinstance(rows, Sequence) and rows.kind in ("list", "tuple") and rows.items is None and rows.length):
        return None
    one = interp.call(ref, [Sequence((rows.element,), rows.kind), *args[1:]], kwargs, node)
    if not (isinstance(one, TensorValue) and one.probe.dim() > 0 and one.shape[0] == 1):
        return None
    try:
        probe = interp.calls.empty([rows.length, *one.shape[1:]], one.probe.dtype)
    except SymbolsDeferred:
        return None
    return TensorValue(probe, one.device, one.origin, one.checked_on, one.defined_at, dtypes=one.dtypes)


def joined_size(torch: Any, fn: Any, items: Value, dim: int) -> Any:
    """The size at dim `dim` of `torch.stack(items, dim)` / `torch.cat(items, dim)`; None when the number of items
    is not known."""
    if not (isinstance(items, Sequence) and items.items is None and items.length is not None):
        return None
    if fn is torch.stack:
        return items.length
    element = items.element
    return items.length * element.shape[dim] if isinstance(element, TensorValue) else None
