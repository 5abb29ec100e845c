"""Code that runs where the engine does not follow it. A function handed to code the engine does not interpret, a
class built by a call it could not spell out, or a layer a join dropped runs with values the engine never saw, and
so does everything that code may call: the user functions, classes and objects its bodies name (a class named may
be built and any method of the object called), and the user objects, functions and layers an escaping object holds
in its attributes, and so on until nothing new is reached. What was inferred inside any of it does not stand."""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterable

from .alternatives import Alternatives
from .callables import Builtin
from .values import BoundMethod, Container, Function, Sequence, UserClass, UserObject, Value

Code = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


def code_of(value: Value) -> list[Code]:
    """The user functions calling `value` (or calling what it holds) may run: a function itself, every method of a
    user class, those of a user object's classes but `__init__` and the code of what the object holds, those of
    the user layers in a Container or the items of a list, tuple or dict, of the receiver of a bound method or of
    what a modelled callable wraps."""
    return _code_of(value, set())


def _code_of(value: Value, seen: set[int]) -> list[Code]:
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, Function):
        return [value.node]
    if isinstance(value, UserClass):  # its `__init__` runs, and the object made may have any method called
        return methods_of(value)
    if isinstance(value, UserObject):  # its `__init__` ran when it was built, whoever holds it now
        own = [node for node in methods_of(value.cls) if getattr(node, "name", None) != "__init__"]
        return own + [node for held in list(value.attributes.values()) for node in _code_of(held, seen)]
    if isinstance(value, BoundMethod):
        return _code_of(value.receiver, seen)
    if isinstance(value, Builtin) and value.wraps is not None:  # `functools.partial(f)`, `super().forward`
        return _code_of(value.wraps, seen)
    if isinstance(value, (Container, Alternatives)):
        items = value.items if isinstance(value, Container) else value.options
        return [node for item in items for node in _code_of(item, seen)]
    if isinstance(value, Sequence):  # a list, tuple or dict: the items it holds (its keys too)
        held = value.items if value.items is not None else (*value.prefix, value.element)
        keys = (value.key,) if value.key is not None else ()
        return [node for item in (*held, *keys) for node in _code_of(item, seen)]
    return []


def methods_of(cls: UserClass) -> list[Code]:
    """The methods of a user class and of its user bases."""
    own: list[Code] = list(cls.methods.values())
    return own + [node for base in cls.bases if isinstance(base, UserClass) for node in methods_of(base)]


def reached(
    escaped: Iterable[Code], functions: Iterable[Function], resolve: Callable[[Function, str], Value | None]
) -> set[int]:
    """The ids of the nodes of `escaped` and of every function of `functions` they may call (see the module's
    docstring); `resolve` gives the value a name read in a function's body has in its scope."""
    named: dict[str, list[Code]] = {}
    defined: dict[int, list[Function]] = {}
    classes: dict[int, UserClass] = {}
    for function in functions:
        defined.setdefault(id(function.node), []).append(function)
        if function.owner is not None:
            classes[id(function.owner)] = function.owner
        elif isinstance(function.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            named.setdefault(function.node.name, []).append(function.node)
    for cls in classes.values():
        named.setdefault(cls.node.name, []).extend(methods_of(cls))
    seen: set[int] = set()
    pending = list(escaped)
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        for name in _names_read(node):
            pending.extend(named.get(name, ()))
            for function in defined.get(id(node), ()):
                value = resolve(function, name)
                if value is not None:
                    pending.extend(code_of(value))
    return seen


@functools.lru_cache(maxsize=4096)
def _names_read(node: Code) -> frozenset[str]:
    """The names a function's body (its nested functions' too) reads."""
    return frozenset(
        each.id for each in ast.walk(node) if isinstance(each, ast.Name) and isinstance(each.ctx, ast.Load)
    )
