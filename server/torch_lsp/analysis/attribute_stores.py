"""The attribute names a program may set on an object: `x.name = ...` (or `del x.name`), `setattr(x, "name", ...)`
and the registering methods (`register_buffer("name", ...)`); any name at all where one such store's name is not
written out (`setattr(x, key, ...)`, a write through `__dict__` or `vars(x)`)."""

from __future__ import annotations

import ast

from .source import called_name

_NAME_AT = {"setattr": 1, "__setattr__": 1, "register_buffer": 0, "register_parameter": 0, "add_module": 0}
_NAME_AT |= {"register_module": 0}


def stored_attributes(tree: ast.AST) -> frozenset[str] | None:
    """The attribute names the code of `tree` may set; None when it may set any."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr == "__dict__":
                return None
            if isinstance(node.ctx, (ast.Store, ast.Del)):
                names.add(node.attr)
        elif isinstance(node, ast.Call):
            called = called_name(node.func)
            if called == "vars":
                return None
            at = _NAME_AT.get(called or "")
            if at is None:
                continue
            given = node.args[at] if len(node.args) > at else None
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
                return None
            names.add(given.value)
    return frozenset(names)
