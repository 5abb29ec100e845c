"""`torch.tensor(xs)` where the structure of `xs` is known but some of its numbers are not
(`[stoi[c] for c in text]`), or where `xs` is a non-empty sequence of unknown, symbolic length whose rows have
one known structure (`[N, *row]`): the shape follows from the structure and the dtype from each number's kind
(int, float, bool); the contents stay unknown. The legacy constructors (`torch.LongTensor(xs)`) given one
list or tuple read it as data the same way, with their own dtype."""

from __future__ import annotations

import ast

from .interp_api import InterpreterApi
from .legacy_tensors import tensor_type
from .values import Const, Scalar, Sequence, TensorValue, TorchRef, Value


def tensor_of_unknown_numbers(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The tensor `torch.tensor(data)` / `torch.as_tensor(data)` builds when `data` holds unknown numbers; None
    for any other call."""
    torch = interp.torch
    legacy = tensor_type(torch, ref) is not None and len(args) == 1 and isinstance(args[0], Sequence)
    if not (legacy or ref.obj in (torch.tensor, torch.as_tensor)) or not args:
        return None
    data = args[0]
    rows = data if isinstance(data, Sequence) and data.items is None and data.length is not None else None
    if (rows is not None and _leaves(rows.element) is None) or (rows is None and _leaves(data) != "unknown"):
        return None
    value = interp.calls.call_ref(ref, [_represented(data), *args[1:]], kwargs, node)
    if not isinstance(value, TensorValue):
        return value
    probe = value.probe
    if rows is not None:  # one row stood for them all: the first size is their number
        probe = interp.calls.empty([rows.length, *value.shape[1:]], probe.dtype)
    return TensorValue(probe, value.device, value.origin, value.checked_on, value.defined_at)


def _leaves(value: Value) -> str | None:
    """ "unknown" when every leaf of a nested list is a number and some are unknown, "known" when all are
    known numbers, None otherwise."""
    if isinstance(value, Scalar):
        return "unknown"
    if isinstance(value, Const):
        return "known" if isinstance(value.value, (int, float, bool)) else None
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items:
        kinds = {_leaves(item) for item in value.items}
        if None in kinds:
            return None
        return "unknown" if "unknown" in kinds else "known"
    return None


def _represented(value: Value) -> Value:
    if isinstance(value, Scalar):
        return Const(value.kind(1))
    if isinstance(value, Sequence) and value.items is not None:
        return Sequence(tuple(_represented(item) for item in value.items), value.kind)
    if isinstance(value, Sequence) and value.length is not None:
        return Sequence((_represented(value.element),), value.kind)
    return value
