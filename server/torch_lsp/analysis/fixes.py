"""Quick fixes for failing torch calls, computed where the syntax tree and inferred values are at hand."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .values import TensorValue, TorchModule, Value

_SIMPLE = (ast.Name, ast.Call, ast.Attribute, ast.Subscript, ast.Constant)
_CONV_SPATIAL = {"torch.nn.Conv1d": 1, "torch.nn.Conv2d": 2, "torch.nn.Conv3d": 3}


@dataclass(frozen=True)
class Edit:
    """Replace [start, end) (unit lines, character columns) by `text`."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True)
class Fix:
    """A titled set of edits; `title` is an i18n key formatted with `values`."""

    title: str
    edits: tuple[Edit, ...]
    values: dict[str, Any] = field(default_factory=dict)


Span = Callable[[ast.AST], tuple[int, int, int, int]]


def _insert_after(node: ast.expr, span: Span, suffix: str) -> tuple[Edit, ...]:
    line, column, end_line, end_column = span(node)
    if isinstance(node, _SIMPLE):
        return (Edit(end_line, end_column, end_line, end_column, suffix),)
    return (Edit(line, column, line, column, "("), Edit(end_line, end_column, end_line, end_column, ")" + suffix))


def _replace(span: tuple[int, int, int, int], text: str) -> tuple[Edit, ...]:
    return (Edit(*span, text),)


def suggest(node: ast.AST, message: str, args: list[Value], module: TorchModule | None, span: Span) -> list[Fix]:
    """The fixes that make a failing call at `node` work, given torch's error message."""
    fixes: list[Fix] = []
    call_args = node.args if isinstance(node, ast.Call) else []
    first = args[0] if args and isinstance(args[0], TensorValue) else None
    if module is not None and module.arg_span is not None and first is not None:
        fixes.extend(_layer_size_fix(module, module.arg_span, first, message))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "view"
        and "view size is not compatible" in message
    ):
        value_end = span(node.func.value)[2:]
        attr_span = (*value_end, *span(node.func)[2:])
        fixes.append(Fix("fix_reshape", _replace(attr_span, ".reshape")))
        fixes.append(Fix("fix_contiguous", (Edit(*value_end, *value_end, ".contiguous()"),)))
    if (
        module is not None
        and call_args
        and re.search(
            r"expected \d+D input \(got \d+D input\)|"
            r"Expected \d+D .*input",
            message,
        )
    ):
        fixes.append(Fix("fix_unsqueeze", _insert_after(call_args[0], span, ".unsqueeze(0)")))
    fixes.extend(_dtype_fixes(node, message, args, call_args, span))
    return fixes


def _layer_size_fix(
    module: TorchModule, arg_span: tuple[int, int, int, int], inputs: TensorValue, message: str
) -> list[Fix]:
    shape = inputs.shape
    if (
        module.qualname == "torch.nn.Linear"
        and shape
        and isinstance(shape[-1], int)
        and re.search(r"cannot be multiplied|same reduction dim", message)
    ):
        return [Fix("fix_in_features", _replace(arg_span, str(shape[-1])), {"value": shape[-1]})]
    spatial = _CONV_SPATIAL.get(module.qualname)
    if spatial is not None and "channels" in message and len(shape) >= spatial + 1:
        channels = shape[len(shape) - spatial - 1]
        if isinstance(channels, int):
            return [Fix("fix_in_channels", _replace(arg_span, str(channels)), {"value": channels})]
    return []


def _dtype_fixes(node: ast.AST, message: str, args: list[Value], call_args: list[ast.expr], span: Span) -> list[Fix]:
    if re.search(
        r"expected target dtype to be Long|expected scalar type Long|Expected tensor for argument #1 "
        r"'indices'",
        message,
    ):
        target = (
            call_args[1] if "indices" not in message and len(call_args) > 1 else (call_args[0] if call_args else None)
        )
        return [Fix("fix_long", _insert_after(target, span, ".long()"))] if target is not None else []
    if (
        re.search(r"Expected floating point type for target|can't be cast to the desired output type", message)
        and len(call_args) > 1
    ):
        return [Fix("fix_float", _insert_after(call_args[1], span, ".float()"))]
    if re.search(r"same dtype", message):
        operands = [node.left, node.right] if isinstance(node, ast.BinOp) else call_args
        for operand, value in zip(operands, args, strict=False):
            if isinstance(value, TensorValue) and not value.probe.dtype.is_floating_point:
                return [Fix("fix_float", _insert_after(operand, span, ".float()"))]
    return []
