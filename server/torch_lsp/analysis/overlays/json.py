"""`json.loads(text)` of a string the program spells out: the dicts, lists and numbers it encodes (parsing a
constant runs no user code). `json.dump(data, f)` to a file opened to write, then `json.load(f)` of that path once
closed, gives back what JSON keeps of the data (see opened_files): strings, numbers, booleans and None as they were,
lists and tuples as lists (of the same length, known or not), dicts with their string or int keys as strings; any
other value loads as unknown."""

from __future__ import annotations

import ast
import json

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..opened_files import dumped, read_back
from ..values import REAL, UNKNOWN, Const, Scalar, Sequence, SymDim, Value
from .python_literals import python_value

_SCALARS = (str, int, float, bool, type(None))
_LAYOUT = frozenset({"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default"})


def _loads(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`json.loads(s)` of a known string: its document; anything else (hooks, unknown text) is unknown."""
    if len(args) != 1 or kwargs or not (isinstance(args[0], Const) and isinstance(args[0].value, (str, bytes))):
        return UNKNOWN
    try:
        return python_value(json.loads(args[0].value))
    except ValueError:
        return UNKNOWN


def _document(value: Value, sort_keys: bool) -> Value:
    """What loading the JSON dump of `value` gives."""
    if isinstance(value, Const) and type(value.value) in _SCALARS:
        return value
    if isinstance(value, SymDim) or (isinstance(value, Scalar) and value.kind in (int, float, bool, REAL)):
        return value
    if isinstance(value, Sequence) and value.kind in ("list", "tuple"):
        if value.items is not None:
            return Sequence(tuple(_document(item, sort_keys) for item in value.items), "list")
        prefix = tuple(_document(item, sort_keys) for item in value.prefix)
        return Sequence(None, "list", _document(value.element, sort_keys), length=value.length, prefix=prefix)
    if isinstance(value, Sequence) and value.kind == "dict" and value.items is not None:
        return _object(dict(zip(value.fields, value.items, strict=True)), sort_keys)
    return UNKNOWN


def _object(entries: dict[str | int, Value], sort_keys: bool) -> Value:
    """What loading the JSON dump of a dict gives: its keys as strings, sorted as they were (Python raises sorting
    ints with strings); unknown where two keys write the same string."""
    kinds = {type(key) for key in entries}
    if not kinds <= {str, int} or (sort_keys and len(kinds) > 1):
        return UNKNOWN
    order = sorted(entries) if sort_keys else list(entries)
    keys = tuple(str(key) for key in order)
    if len(set(keys)) != len(keys):
        return UNKNOWN
    return Sequence(tuple(_document(entries[key], sort_keys) for key in order), "dict", fields=keys)


def _dump(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`json.dump(obj, fp, **layout)`: the document written to the file `fp`; None."""
    return dumped(args, kwargs, ("obj", "fp"), _LAYOUT, False, _document)


def _load(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`json.load(fp)` without hooks: the document the program wrote to that path."""
    stream = args[0] if args else kwargs.get("fp", UNKNOWN)
    if len(args) > 1 or set(kwargs) - {"fp"}:
        return UNKNOWN
    return read_back(interp, stream)


MEMBERS: dict[str, Value] = {
    "loads": Builtin("loads", _loads),
    "dump": Builtin("dump", _dump),
    "load": Builtin("load", _load),
}
