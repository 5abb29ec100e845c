"""Calls of user functions whose `*rows` or `**mapping` is not known item by item: every parameter those may
fill is unknown, and the callee's own `*args` and `**kwargs` are of unknown length. Rows that come last, once every
positional parameter is filled, all go to the callee's `*args`: a tuple of their items, as many as they are
(`model(x, y, *states)` with `def forward(self, x, y, *states)`)."""

from __future__ import annotations

import ast
from dataclasses import replace

from .methods import method_kind
from .values import UNKNOWN, Sequence, Value

# a keyword no Python name can be: the call's `*args` and `**kwargs` are not known item by item
OPEN_REST = "**"


def open_arguments(
    definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
    given: int,
    kwargs: dict[str, Value],
    mapping_open: bool,
    last_rows: Value = UNKNOWN,
) -> dict[str, Value]:
    """The keywords to call `definition` with after `given` positional arguments and `kwargs`: UNKNOWN for each
    parameter an unknown `*rows` (positional) or `**mapping` (any by name) may fill, and the OPEN_REST mark, which
    holds the callee's `*args` when `last_rows` (the call's last positional argument) fill nothing else."""
    parameters = definition.args
    positional = [*parameters.posonlyargs, *parameters.args][given:]
    named = [*positional, *parameters.kwonlyargs] if mapping_open else positional
    opened = {parameter.arg: UNKNOWN for parameter in named if parameter.arg not in kwargs}
    static = method_kind(definition) == "staticmethod"
    rest = UNKNOWN if positional or static else rest_of(last_rows)  # `given` counts a receiver a static method lacks
    return {**kwargs, **opened, OPEN_REST: rest}


def rest_of(rows: Value) -> Value:
    """The `*args` tuple that rows of unknown length (a list or a tuple) fill: their items, as many as they are;
    UNKNOWN for other rows."""
    if not (isinstance(rows, Sequence) and rows.kind in ("list", "tuple") and rows.items is None):
        return UNKNOWN
    return replace(rows, kind="tuple", fields=(), maxlen=None, kind_known=True, key=UNKNOWN)
