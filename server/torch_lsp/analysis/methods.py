"""How the `def`s of a class are reached: plain methods bind their instance, a `@staticmethod` binds nothing, a
`@classmethod` binds the class, and a `@property` (or `functools.cached_property`) runs when it is read. A class
attribute made by calling `staticmethod(f)` or `classmethod(f)` (`build = staticmethod(make)`, `act =
staticmethod(F.relu)`) is read as those decorators make it: `f` itself, or `f` bound to the class."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Literal

from .callables import Builtin
from .interp_api import InterpreterApi
from .values import UNKNOWN, Function, Modelled, UserClass, UserObject, Value

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
MethodKind = Literal["method", "staticmethod", "classmethod", "property"]

_KINDS: dict[str, MethodKind] = {
    "staticmethod": "staticmethod",
    "classmethod": "classmethod",
    "property": "property",
    "cached_property": "property",
    "functools.cached_property": "property",
}


def method_kind(function: ast.AST) -> MethodKind:
    """What reading `function` (a `def`; a lambda is a plain method) through an instance or its class gives."""
    for decorator in getattr(function, "decorator_list", ()):
        kind = _KINDS.get(ast.unparse(decorator))
        if kind is not None:
            return kind
    return "method"


def _is_accessor(function: FunctionNode) -> bool:
    """A property's setter or deleter (`@size.setter`), which reading the attribute never runs."""
    return any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter") for d in function.decorator_list)


def class_methods(node: ast.ClassDef) -> dict[str, FunctionNode]:
    """The `def`s a class body binds, by name (a property's setter does not replace its getter), and the names its
    assignments bind to one of them defined above (`__call__ = forward`, `__rmul__ = __mul__`)."""
    bound: dict[str, FunctionNode] = {}
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and not _is_accessor(statement):
            bound[statement.name] = statement
        elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Name):
            method = bound.get(statement.value.id)
            names = [target.id for target in statement.targets if isinstance(target, ast.Name)]
            bound.update(dict.fromkeys(names, method) if method is not None else {})
    return bound


def property_setter(node: ast.ClassDef, name: str) -> FunctionNode | None:
    """The `@name.setter` a class body defines."""
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and statement.name == name:
            for decorator in statement.decorator_list:
                if ast.unparse(decorator) == f"{name}.setter":
                    return statement
    return None


def class_bound(function: Value, cls: UserClass, name: str) -> Builtin:
    """A classmethod's function read through its class or an instance: `cls` is its first argument."""
    return Builtin(name, lambda interp, args, kwargs, node: interp.call(function, [cls, *args], kwargs, node))


def bound_member(interp: InterpreterApi, obj: UserObject, function: Function, node: ast.AST) -> Value | None:
    """A `def` of `obj`'s class read through `obj`: a property's value, a static method as it is, a classmethod
    bound to the class; None for a plain method, which the caller binds to `obj`."""
    kind = method_kind(function.node)
    if kind == "property":
        return interp.call_function(function, [obj], {}, node)
    if kind == "staticmethod":
        return function
    if kind == "classmethod":
        return class_bound(function, obj.cls, getattr(function.node, "name", ""))
    return None


@dataclass(frozen=True, eq=False)
class WrappedMethod(Modelled):
    """What `staticmethod(f)` or `classmethod(f)` returns (`kind`), holding `f`."""

    kind: MethodKind
    function: Value


def _wrapper(kind: MethodKind) -> Builtin:
    """The builtin `staticmethod` or `classmethod`, called on a function."""

    def wrap(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return WrappedMethod(kind, args[0]) if len(args) == 1 and not kwargs else UNKNOWN

    return Builtin(kind, wrap)


WRAPPERS: dict[str, Value] = {"staticmethod": _wrapper("staticmethod"), "classmethod": _wrapper("classmethod")}


def read_through_class(attribute: Value, cls: UserClass, name: str) -> Value:
    """A class attribute of `cls` as reading it through the class or an instance gives it: a static method's
    function itself, a class method's bound to `cls`."""
    if not isinstance(attribute, WrappedMethod):
        return attribute
    if attribute.kind == "staticmethod":
        return attribute.function
    return class_bound(attribute.function, cls, name)
