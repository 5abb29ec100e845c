"""PyYAML within one program: `yaml.dump(data, f)` to a file opened to write, then `yaml.load(f)` (or `safe_load`,
`full_load`) of that path once closed, gives back the data (see opened_files). A document round-trips strings,
numbers, booleans and None, in dicts with string keys (sorted, unless `sort_keys=False`) and lists; any other
value loads as unknown. A Loader other than the safe or full ones (`BaseLoader` reads every scalar as a string)
leaves the document unknown."""

from __future__ import annotations

import ast

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..opened_files import dumped, read_back
from ..values import UNKNOWN, Const, Instance, Sequence, Value

_SCALARS = (str, int, float, bool, type(None))
_LOADERS = ("SafeLoader", "FullLoader", "Loader", "UnsafeLoader", "CSafeLoader", "CFullLoader", "CLoader")
_LAYOUT = frozenset({"default_flow_style", "indent", "width", "allow_unicode", "explicit_start", "line_break"})


def _document(value: Value, sort_keys: bool) -> Value:
    """What loading the dump of `value` gives."""
    if isinstance(value, Const) and type(value.value) in _SCALARS:
        return value
    if isinstance(value, Sequence) and value.kind == "list" and value.items is not None:
        return Sequence(tuple(_document(item, sort_keys) for item in value.items), "list")
    if isinstance(value, Sequence) and value.kind == "dict" and value.items is not None:
        if not all(isinstance(key, str) for key in value.fields):
            return UNKNOWN
        entries = dict(zip(value.fields, value.items, strict=True))
        keys = sorted(entries) if sort_keys else list(entries)
        return Sequence(tuple(_document(entries[key], sort_keys) for key in keys), "dict", fields=tuple(keys))
    return UNKNOWN


def _dump(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`yaml.dump(data, stream, **layout)`: the document written to the file `stream`; None."""
    return dumped(args, kwargs, ("data", "stream"), _LAYOUT, True, _document)


def _load(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`yaml.load(stream, Loader=...)`: the document the program wrote to that path."""
    stream = args[0] if args else kwargs.get("stream", UNKNOWN)
    loader = args[1] if len(args) > 1 else kwargs.get("Loader", Instance("yaml.SafeLoader"))
    if not isinstance(loader, Instance) or loader.qualname.removeprefix("yaml.") not in _LOADERS:
        return UNKNOWN
    return read_back(interp, stream)


def _load_with(name: str, loader: str) -> Builtin:
    """`yaml.safe_load(stream)` or `yaml.full_load(stream)`: `yaml.load` with that loader."""
    chosen: dict[str, Value] = {"Loader": Instance(loader)}

    def load(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return _load(interp, args[:1], chosen, node)

    return Builtin(name, load)


MEMBERS: dict[str, Value] = {
    "dump": Builtin("dump", _dump),
    "safe_dump": Builtin("safe_dump", _dump),
    "load": Builtin("load", _load),
    "safe_load": _load_with("safe_load", "yaml.SafeLoader"),
    "full_load": _load_with("full_load", "yaml.FullLoader"),
    **{name: Instance(f"yaml.{name}") for name in _LOADERS},
}
