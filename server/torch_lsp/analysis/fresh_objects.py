"""User objects built again each time the code runs: a comprehension's item past the unroll limit is evaluated once
and stands for every item, and a call answered from the memo gives what the call gave before. Where that value
holds user objects the evaluation built, each item and each answer gets copies of its own: the program may change
one object's attributes (`self.cache = x`) and not the others'. A function the evaluation defined is a closure over
variables of its own (a counter, a list it appends to): each item gets a copy of those variables (each call of a
factory makes a new scope), and an answer that holds one is never given again."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .alternatives import Alternatives
from .values import BoundMethod, Container, Function, Sequence, UserObject, Value


def made_since(value: Value, mark: int) -> bool:
    """Whether `value` holds a user object built, or a function defined in a scope made, after `mark` (a
    `values.serial_mark()`)."""
    return any(obj.serial > mark for obj in _objects(value, set())) or holds_closure(value, mark)


def holds_closure(value: Value, mark: int) -> bool:
    """Whether `value` holds a function defined in a scope made after `mark` (a call's, or a function's within it)."""
    return _holds_closure(value, mark, set())


def _holds_closure(value: Value, mark: int, seen: set[int]) -> bool:
    if id(value) in seen:
        return False
    seen.add(id(value))
    if isinstance(value, Function):
        return bool(value.scope.serial > mark)
    if isinstance(value, BoundMethod):
        return _holds_closure(value.receiver, mark, seen)
    return any(_holds_closure(part, mark, seen) for part in _parts(value))


def fresh_copy(value: Value, mark: int) -> Value:
    """`value` with each user object built, and each closure's scope made, after `mark` copied (once each, so that
    objects that shared one still do); older objects are the program's own and stay shared."""
    return _copied(value, mark, {})


def _copied(value: Value, mark: int, clones: dict[int, Any]) -> Value:
    if isinstance(value, Function):
        return replace(value, scope=_copied_scope(value.scope, mark, clones)) if value.scope.serial > mark else value
    if isinstance(value, UserObject):
        if value.serial <= mark:
            return value
        if id(value) not in clones:
            copy = clones[id(value)] = UserObject(value.cls, many=value.many)
            copy.attributes = {name: _copied(item, mark, clones) for name, item in value.attributes.items()}
        return clones[id(value)]
    if not made_since(value, mark):
        return value
    return with_parts(value, lambda part: _copied(part, mark, clones))


def with_parts(value: Value, change: Callable[[Value], Value]) -> Value:
    """`value` with each value it holds directly (a container's layers, the options of one of several values, a
    list's or tuple's items: its known first items and the value of the others) changed by `change`; any other
    value as it is."""
    if isinstance(value, Container):
        return replace(value, items=tuple(map(change, value.items)))
    if isinstance(value, Alternatives):
        return Alternatives(tuple(map(change, value.options)))
    if isinstance(value, Sequence):
        return replace(
            value,
            items=None if value.items is None else tuple(map(change, value.items)),
            element=change(value.element),
            prefix=tuple(map(change, value.prefix)),
        )
    return value


def stand_for_many(value: Value, mark: int) -> None:
    """Mark the user objects and closure scopes in `value` made after `mark` as each standing for several (the
    items of a list built past the unroll limit): a write through one item may leave the others as they were."""
    for obj in _objects(value, set()):
        obj.many = obj.many or obj.serial > mark
    for scope in _closure_scopes(value, mark, set()):
        scope.many = True


def _closure_scopes(value: Value, mark: int, seen: set[int]) -> list[Any]:
    """The scopes made after `mark` that the functions `value` holds are closures over, and their enclosing ones."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, Function):
        scopes, scope = [], value.scope
        while scope is not None and scope.serial > mark:
            scopes.append(scope)
            scope = scope.parent
        return scopes
    if isinstance(value, BoundMethod):
        return _closure_scopes(value.receiver, mark, seen)
    return [scope for part in _parts(value) for scope in _closure_scopes(part, mark, seen)]


def _copied_scope(scope: Any, mark: int, clones: dict[int, Any]) -> Any:
    """A copy of a scope (interpreter.Scope) made after `mark`, its variables copied, and so its enclosing scopes."""
    if scope is None or scope.serial <= mark:
        return scope
    if id(scope) not in clones:
        clone = clones[id(scope)] = copy.copy(scope)
        clone.parent = _copied_scope(scope.parent, mark, clones)
        clone.declared = {name: _copied_scope(holder, mark, clones) for name, holder in scope.declared.items()}
        clone.vars = {name: _copied(item, mark, clones) for name, item in scope.vars.items()}
    return clones[id(scope)]


def _objects(value: Value, seen: set[int]) -> list[UserObject]:
    """The user objects `value` holds, through containers, lists and the attributes of user objects."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    inner = [obj for part in _parts(value) for obj in _objects(part, seen)]
    return [value, *inner] if isinstance(value, UserObject) else inner


def _parts(value: Value) -> list[Value]:
    """The values `value` holds directly: a user object's attributes, a container's layers, the options of one of
    several values, a list's or tuple's items (its known first items and the value of the others)."""
    if isinstance(value, UserObject):
        return list(value.attributes.values())
    if isinstance(value, Container):
        return list(value.items)
    if isinstance(value, Alternatives):
        return list(value.options)
    if isinstance(value, Sequence):
        return [*(value.items or ()), *value.prefix, value.element]
    return []
