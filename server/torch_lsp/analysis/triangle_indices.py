"""`torch.triu_indices(row, col, offset)` / `torch.tril_indices(...)` with a size or offset whose value is unknown
(`h, w = scores.size(-2), scores.size(-1)` of a tensor the engine cannot see): whatever ints they hold, a run that
goes on made a `[2, N]` tensor (the row indices, then the column indices, of the N entries of the triangle), of the
dtype given, else int64, with N nothing is known of."""

from __future__ import annotations

import ast

from .interp_api import InterpreterApi
from .symbols import SymbolsDeferred
from .values import UNKNOWN, Const, Scalar, TensorValue, TorchRef, Unknown, Value

_ARGUMENTS = ("row", "col", "offset")


def triangle_of_unknown_sizes(
    interp: InterpreterApi, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """The `[2, N]` tensor of a triangle's indices when a size or the offset is unknown; None for other calls and
    for sizes the engine knows (torch counts the entries)."""
    torch = interp.torch
    if ref.obj not in (torch.triu_indices, torch.tril_indices) or len(args) > len(_ARGUMENTS):
        return None
    given = [*args, *(kwargs[name] for name in _ARGUMENTS[len(args) :] if name in kwargs)]
    if not any(isinstance(value, (Unknown, Scalar)) for value in given):
        return None
    options = {name: value for name, value in kwargs.items() if name not in _ARGUMENTS}
    value = interp.calls.call_ref(ref, [Const(1), Const(1)], options, node)
    if not isinstance(value, TensorValue):
        return UNKNOWN
    try:
        probe = interp.calls.empty([2, interp.symbols.unknown()], value.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    return TensorValue(probe, value.device, value.origin, value.checked_on, value.defined_at)
