"""The attribute names a program may set on an object: `x.name = ...` (or `del x.name`), `setattr(x, "name", ...)`
and the registering methods (`register_buffer("name", ...)`); any name at all where one such store's name is not
written out (`setattr(x, key, ...)`, unless `x` is a function's own new namespace: see _namespace_stores) or where
an object's `__dict__` / `vars(x)` or a module's registry (`m._parameters[key] = ...`) is written into. The names
given to `register_buffer` are kept apart: `model.half()` converts buffers, never plain tensor attributes. The names
set anywhere but as `self.name = ...` in an `__init__` are kept apart too: an object built has the others only if
its construction set them; and so are the names set anywhere but as `self.name = ...` in a method (an instance's
store, which runs its class's `__setattr__`)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .source import called_name

_NAME_AT = {"setattr": 1, "__setattr__": 1, "register_buffer": 0, "register_parameter": 0, "add_module": 0}
_NAME_AT |= {"register_module": 0}
_DICT_WRITES = frozenset({"update", "setdefault", "__setitem__"})


class Stores(NamedTuple):
    """What the code of a tree may set: attribute names, the names it registers buffers under, the names it may
    set other than as `self.name = ...` in an `__init__`, and those it may set other than as `self.name = ...` in
    a method (`None`: any)."""

    attributes: frozenset[str] | None
    buffers: frozenset[str] | None
    after_init: frozenset[str] | None
    unreceived: frozenset[str] | None


def stores(tree: ast.AST) -> Stores:
    """The attribute names the code of `tree` may set and the names it registers buffers under."""
    return stores_among(ast.walk(tree))


def stores_among(nodes: Iterable[ast.AST]) -> Stores:
    """The attribute names code made of `nodes` (all the nodes of a tree) may set, and the buffer names."""
    nodes = list(nodes)
    namespaced: set[int] | None = None  # see _namespace_stores: found once a store's name is not written out
    names: set[str] = set()
    buffers: set[str] = set()
    after_init: set[str] | None = set()
    unreceived: set[str] = set()
    constructing: set[int] = set()  # the `self.name` stores and the `__init__` calls of classes' `__init__` bodies
    received: set[int] = set()  # the `self.name` stores and `setattr(self, ...)` calls of classes' methods
    anything = False  # a `setattr(self, name, ...)` of a method at a name not written out
    for node in nodes:
        if isinstance(node, ast.ClassDef):
            for method in node.body:
                if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and method.name == "__init__":
                    constructing.update(_constructing(method))
                if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and not method.decorator_list:
                    received.update(_receiver_stores(method))
        if _calls_init(node) and id(node) not in constructing:  # an object built again: any store may come later
            after_init = None
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.attr)
            if after_init is not None and (id(node) not in constructing or isinstance(node.ctx, ast.Del)):
                after_init.add(node.attr)
            if id(node) not in received:
                unreceived.add(node.attr)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)):
            if _is_namespace(node.value):
                return Stores(None, None, None, None)
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _DICT_WRITES and _is_namespace(func.value):
                return Stores(None, None, None, None)
            called = called_name(func) or ""
            at = _name_at(called, node)
            if at is None:
                continue
            given = node.args[at] if len(node.args) > at else None
            if not (isinstance(given, ast.Constant) and isinstance(given.value, str)):
                namespaced = _namespace_stores(nodes) if namespaced is None else namespaced
                if id(node) in namespaced:  # the engine forgets that namespace whole when it runs the call
                    continue
                if id(node) not in received:
                    return Stores(None, None, None, None)
                anything = True
                continue
            names.add(given.value)
            if id(node) not in received:
                unreceived.add(given.value)
            if after_init is not None:
                after_init.add(given.value)
            if called == "register_buffer":
                buffers.add(given.value)
    if anything:
        return Stores(None, None, None, frozenset(unreceived))
    return Stores(
        frozenset(names),
        frozenset(buffers),
        frozenset(after_init) if after_init is not None else None,
        frozenset(unreceived),
    )


def _name_at(called: str, call: ast.Call) -> int | None:
    """Where the name stands among the arguments of a call that sets an attribute (None: no such call); a bound
    `x.__setattr__(name, value)` has it first, `object.__setattr__(x, name, value)` second."""
    if called == "__setattr__" and len(call.args) == 2:
        return 0
    return _NAME_AT.get(called)


def _calls_init(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"


def _constructing(init: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """The ids of the `self.name = ...` targets and the `__init__` calls in the body of `init` (not in the
    functions it defines)."""
    arguments = init.args.posonlyargs + init.args.args
    if not arguments:
        return set()
    receiver = arguments[0].arg
    return {
        id(node)
        for node in own_nodes(init)
        if _calls_init(node)
        or (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id == receiver
        )
    }


def _receiver_stores(method: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """The ids of the `self.name = ...` (and `del self.name`) targets and the `setattr(self, ...)` calls in the body
    of `method` (not in the functions it defines), `self` its first parameter and never bound again there; none
    where it is."""
    arguments = method.args.posonlyargs + method.args.args
    if not arguments:
        return set()
    receiver = arguments[0].arg
    if any(isinstance(n, ast.Name) and n.id == receiver and not isinstance(n.ctx, ast.Load) for n in ast.walk(method)):
        return set()
    found: set[int] = set()
    for node in own_nodes(method):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, (ast.Store, ast.Del))
            and isinstance(node.value, ast.Name)
            and node.value.id == receiver
        ):
            found.add(id(node))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == receiver
        ):
            found.add(id(node))
    return found


def own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    """The nodes of a function's body, not those of the functions, lambdas and classes it defines."""
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        yield node
        pending.extend(ast.iter_child_nodes(node))


def joined(a: Stores, b: Stores) -> Stores:
    """What the code of two trees may set."""
    return Stores(*(None if x is None or y is None else x | y for x, y in zip(a, b, strict=True)))


def _is_namespace(node: ast.expr) -> bool:
    """Whether `node` is a dictionary an object's attributes are read from: `x.__dict__`, `vars(x)`, or a
    module's registry (`m._parameters`, `m._buffers`, `m._modules`)."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("__dict__", "_parameters", "_buffers", "_modules")
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars"


_NAMESPACE_CLASSES = {"argparse": "Namespace", "types": "SimpleNamespace"}


def _namespace_stores(nodes: list[ast.AST]) -> set[int]:
    """The ids of the `setattr(ns, ...)` calls where `ns` is a local name of a function bound there only to new
    `argparse.Namespace()` or `types.SimpleNamespace()` objects (`dict2namespace`): they set no other object's
    attributes."""
    classes = {f"{module}.{name}" for module, name in _NAMESPACE_CLASSES.items()} | {
        alias.asname or alias.name
        for node in nodes
        if isinstance(node, ast.ImportFrom) and node.module in _NAMESPACE_CLASSES
        for alias in node.names
        if alias.name == _NAMESPACE_CLASSES[node.module]
    }
    found: set[int] = set()
    for function in nodes:
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            body = list(own_nodes(function))
            made = {
                id(node.targets[0])
                for node in body
                if isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.value, ast.Call)
                and ast.unparse(node.value.func) in classes
            }
            stored = [n for n in body if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)]
            declared = {
                name for n in ast.walk(function) if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names
            }
            parameters = {each.arg for each in ast.walk(function.args) if isinstance(each, ast.arg)}
            fresh = {n.id for n in stored if id(n) in made} - {n.id for n in stored if id(n) not in made}
            fresh -= declared | parameters
            found.update(
                id(node)
                for node in body
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "setattr"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id in fresh
            )
    return found
