"""The attribute names a program may set on an object: `x.name = ...` (or `del x.name`), `setattr(x, "name", ...)`
and the registering methods (`register_buffer("name", ...)`); any name at all where one such store's name is not
written out (`setattr(x, key, ...)`) or where an object's `__dict__` / `vars(x)` or a module's registry
(`m._parameters[key] = ...`) is written into. The names given to `register_buffer` are kept apart: `model.half()`
converts buffers, never plain tensor attributes."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import NamedTuple

from .source import called_name

_NAME_AT = {"setattr": 1, "__setattr__": 1, "register_buffer": 0, "register_parameter": 0, "add_module": 0}
_NAME_AT |= {"register_module": 0}
_DICT_WRITES = frozenset({"update", "setdefault", "__setitem__"})


class Stores(NamedTuple):
    """What the code of a tree may set: attribute names, and the names it registers buffers under (`None`: any)."""

    attributes: frozenset[str] | None
    buffers: frozenset[str] | None


def stores(tree: ast.AST) -> Stores:
    """The attribute names the code of `tree` may set and the names it registers buffers under."""
    return stores_among(ast.walk(tree))


def stores_among(nodes: Iterable[ast.AST]) -> Stores:
    """The attribute names code made of `nodes` (all the nodes of a tree) may set, and the buffer names."""
    names: set[str] = set()
    buffers: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.attr)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            if _is_namespace(node.value):
                return Stores(None, None)
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _DICT_WRITES and _is_namespace(func.value):
                return Stores(None, None)
            called = called_name(func) or ""
            at = _NAME_AT.get(called)
            if at is None:
                continue
            given = node.args[at] if len(node.args) > at else None
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
                return Stores(None, None)
            names.add(given.value)
            if called == "register_buffer":
                buffers.add(given.value)
    return Stores(frozenset(names), frozenset(buffers))


def joined(a: Stores, b: Stores) -> Stores:
    """What the code of two trees may set."""
    return Stores(*(None if x is None or y is None else x | y for x, y in zip(a, b, strict=True)))


def _is_namespace(node: ast.expr) -> bool:
    """Whether `node` is a dictionary an object's attributes are read from: `x.__dict__`, `vars(x)`, or a
    module's registry (`m._parameters`, `m._buffers`, `m._modules`)."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("__dict__", "_parameters", "_buffers", "_modules")
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars"
