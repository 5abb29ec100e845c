"""The call around the cursor, resolved against the imports and the latest analysis: what is called, on
which inferred value, the arguments written so far as abstract and concrete values, and whether the call
may run on the engine's probes."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from ..analysis import allowlist
from ..analysis.concrete import NotConcrete, to_concrete
from ..analysis.engine import Analysis
from ..analysis.imports import ImportTable
from ..analysis.source import parse_expression
from ..analysis.values import Const, Sequence, TensorValue, TorchModule, TorchRef, UserObject, class_name_of
from .completion_context import Argument
from .torch_index import resolve


def value_of(parts: tuple[str, ...], analysis: Analysis | None, line: int) -> Any:
    """The inferred value of `a.b.c`: a variable, then attributes of user objects and torch modules."""
    value = analysis.value_at(parts[0], line) if analysis is not None else None
    for name in parts[1:]:
        value = _attribute(value, name)
    return value


def _attribute(value: Any, name: str) -> Any:
    if isinstance(value, UserObject):
        return value.attributes.get(name)
    if isinstance(value, TorchModule):
        child = dict(value.module.named_children()).get(name)
        if child is not None:
            return TorchModule(child, f"{type(child).__module__}.{type(child).__qualname__}", value.defined_at)
    return None


def callee_of(
    parts: tuple[str, ...], imports: ImportTable, analysis: Analysis | None, line: int
) -> tuple[str | None, Any]:
    """The qualified name of what is called, and the receiver when it is a method of an inferred value."""
    qualname = imports.qualify(list(parts))
    if qualname is not None:
        return qualname, None
    called = value_of(parts, analysis, line)
    if isinstance(called, TorchModule):
        return f"{called.qualname}.forward", None
    receiver = value_of(parts[:-1], analysis, line) if len(parts) > 1 else None
    owner = class_name_of(receiver)
    return (f"{owner}.{parts[-1]}", receiver) if owner is not None else (None, None)


def concrete_arguments(
    arguments: tuple[Argument, ...], analysis: Analysis, imports: ImportTable, torch: Any, line: int
) -> tuple[list[Any], dict[str, Any]] | None:
    """`arguments` as torch receives them (positional, keywords); None if one cannot be evaluated."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in arguments:
        try:
            value = to_concrete(evaluate(parse_expression(argument.text), analysis, imports, torch, line))
        except (SyntaxError, NotConcrete):
            return None
        if argument.keyword:
            keywords[argument.keyword] = value
        else:
            positional.append(value)
    return positional, keywords


def evaluate(node: ast.expr, analysis: Analysis, imports: ImportTable, torch: Any, line: int) -> Any:
    """The abstract value of a simple argument: a name, a constant, a list or tuple of those, a torch dtype."""
    if isinstance(node, ast.Constant):
        return Const(node.value)
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and isinstance(node.operand.value, (int, float))
    ):
        return Const(-node.operand.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        items = tuple(evaluate(item, analysis, imports, torch, line) for item in node.elts)
        return Sequence(items, "list" if isinstance(node, ast.List) else "tuple")
    if isinstance(node, ast.Name):
        return analysis.value_at(node.id, line)
    if isinstance(node, ast.Attribute):
        qualname = imports.qualify(ast.unparse(node).split("."))
        return TorchRef(qualname, resolve(torch, qualname)) if qualname is not None else None
    return None


def flatten(value: Any) -> list[Any]:
    """The leaves of nested lists and tuples."""
    if isinstance(value, (list, tuple)):
        return [item for element in value for item in flatten(element)]
    return [value]


def probe_callable(
    torch: Any, qualname: str, obj: Any, receiver: Any, method: str
) -> tuple[Callable[..., Any], list[Any]] | None:
    """The function to run on probes for a call and its leading arguments (a tensor receiver's probe);
    None when the allow-list does not let the call run."""
    if isinstance(receiver, TensorValue):
        if not allowlist.is_allowed_tensor_method(method):
            return None
        return getattr(torch.Tensor, method), [receiver.probe]
    if allowlist.is_allowed_function(qualname, obj):
        return obj, []
    return None
