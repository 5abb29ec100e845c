"""The attribute names a program may set on an object: `x.name = ...` (or `del x.name`), `setattr(x, "name", ...)`
and the registering methods (`register_buffer("name", ...)`); any name at all where one such store's name is not
written out (`setattr(x, key, ...)`) or where an object's `__dict__` / `vars(x)` or a module's registry
(`m._parameters[key] = ...`) is written into."""

from __future__ import annotations

import ast

from .source import called_name

_NAME_AT = {"setattr": 1, "__setattr__": 1, "register_buffer": 0, "register_parameter": 0, "add_module": 0}
_NAME_AT |= {"register_module": 0}
_DICT_WRITES = frozenset({"update", "setdefault", "__setitem__"})


def stored_attributes(tree: ast.AST) -> frozenset[str] | None:
    """The attribute names the code of `tree` may set; None when it may set any."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.attr)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            if _is_namespace(node.value):
                return None
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _DICT_WRITES and _is_namespace(func.value):
                return None
            at = _NAME_AT.get(called_name(func) or "")
            if at is None:
                continue
            given = node.args[at] if len(node.args) > at else None
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
                return None
            names.add(given.value)
    return frozenset(names)


def registered_buffers(tree: ast.AST) -> frozenset[str] | None:
    """The names the code of `tree` registers buffers under (`register_buffer("name", ...)`); None when one is
    not written out or a module's registry is written into."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and _is_namespace(node.value):
            return None
        if isinstance(node, ast.Call) and called_name(node.func) == "register_buffer":
            given = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "name"), None)
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
                return None
            names.add(given.value)
    return frozenset(names)


def _is_namespace(node: ast.expr) -> bool:
    """Whether `node` is a dictionary an object's attributes are read from: `x.__dict__`, `vars(x)`, or a
    module's registry (`m._parameters`, `m._buffers`, `m._modules`)."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("__dict__", "_parameters", "_buffers", "_modules")
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars"
