"""`min`, `max`, `sorted` and `list.sort` given a `key` (or `min` and `max` a `default`): the key is called once per
item, as Python does; when every key is a known constant, the item chosen (the first least or greatest) or the items
in order; else `min` and `max` give one of the items (their join), or the default where the iterable may be empty,
and `list.sort` as many items, each any one of them."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from .interp_api import InterpreterApi
from .item_sizes import joined_items, read_item
from .joins import join_all
from .values import UNKNOWN, Const, Sequence, Value


def keyed_extreme(
    function: Callable[..., Any], interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """`min(..., key=..., default=...)` or `max(...)` likewise."""
    default = kwargs.get("default")
    if set(kwargs) - {"key", "default"} or not args or (default is not None and len(args) != 1):
        return UNKNOWN
    items = interp.iteration_items(args[0]) if len(args) == 1 else args
    if items is None:
        element = interp.iteration_element(args[0])
        return join_all([element, default] if default is not None else [element], interp.symbols)
    if not items:
        return default if default is not None else UNKNOWN
    keys = _keys(interp, items, kwargs.get("key"), node)
    if keys is None:
        return join_all(items, interp.symbols)
    try:
        return items[function(range(len(items)), key=keys.__getitem__)]
    except TypeError:
        return UNKNOWN


def keyed_sorted(
    interp: InterpreterApi, items: list[Value], key: Value | None, reverse: bool, node: ast.AST
) -> Value | None:
    """`sorted(items, key=key, reverse=reverse)` when every key (every item, without a key) is a known constant that
    compares with the others; None otherwise."""
    keys = _keys(interp, items, key, node)
    if keys is None:
        return None
    try:
        order = sorted(range(len(items)), key=keys.__getitem__, reverse=reverse)
    except TypeError:
        return None
    return Sequence(tuple(items[i] for i in order), "list")


def sorted_in_place(interp: InterpreterApi, items: tuple[Value, ...], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`xs.sort(key=..., reverse=...)` of a list of known items: the items in order where every key is a known
    constant, else as many items, each any one of them (no two known to hold equal sizes)."""
    reverse = kwargs.get("reverse", Const(False))
    if not set(kwargs) - {"key", "reverse"} and isinstance(reverse, Const) and type(reverse.value) is bool:
        ordered = keyed_sorted(interp, list(items), kwargs.get("key"), reverse.value, node)
        if ordered is not None:
            return ordered
    joined = joined_items(list(items), interp.symbols)
    return Sequence(tuple(read_item(joined, interp.symbols) for _ in items), "list")


def _keys(interp: InterpreterApi, items: list[Value], key: Value | None, node: ast.AST) -> list[Any] | None:
    """The key of each item (the item itself without a key function), or None when one is not a known constant."""
    if key is not None and not (isinstance(key, Const) and key.value is None):
        items = [interp.call(key, [item], {}, node) for item in items]
    if not all(isinstance(item, Const) for item in items):
        return None
    return [item.value for item in items if isinstance(item, Const)]
