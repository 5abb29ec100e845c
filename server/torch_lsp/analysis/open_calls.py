"""Calls of user functions whose `*rows` or `**mapping` is not known item by item: every parameter those may
fill is unknown, and the callee's own `*args` and `**kwargs` are of unknown length."""

from __future__ import annotations

import ast

from .values import UNKNOWN, Value

# a keyword no Python name can be: the call's `*args` and `**kwargs` are not known item by item
OPEN_REST = "**"


def open_arguments(
    definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
    given: int,
    kwargs: dict[str, Value],
    mapping_open: bool,
) -> dict[str, Value]:
    """The keywords to call `definition` with after `given` positional arguments and `kwargs`: UNKNOWN for each
    parameter an unknown `*rows` (positional) or `**mapping` (any by name) may fill, and the OPEN_REST mark."""
    parameters = definition.args
    positional = [*parameters.posonlyargs, *parameters.args][given:]
    named = [*positional, *parameters.kwonlyargs] if mapping_open else positional
    opened = {parameter.arg: UNKNOWN for parameter in named if parameter.arg not in kwargs}
    return {**kwargs, **opened, OPEN_REST: UNKNOWN}
