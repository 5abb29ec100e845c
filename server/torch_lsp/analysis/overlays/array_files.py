"""`np.save` / `np.savez` and `np.load` within one program: loading the path the program saved an array to
earlier gives back that array (`np.save` adds `.npy` to a path without it), and an `.npz` archive loads as a
mapping of the arrays saved in it, by name (`arr_0`, `arr_1`, ... for those given by position), that is its own
context manager (`with np.load(path) as f`). The record is
the one `torch.save` uses (see saved_files); a path saved to more than once loads as the join of what was
saved there. Nothing touches the disk."""

from __future__ import annotations

import ast
from dataclasses import dataclass, fields

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import join
from ..saved_files import file_key
from ..values import UNKNOWN, Const, Sequence, Value
from .numpy_model import NdArray


def _destination(target: Value, suffix: str) -> Value:
    """The path numpy writes for `target`: `suffix` added to a path that does not end with it."""
    if isinstance(target, Const) and isinstance(target.value, str) and not target.value.endswith(suffix):
        return Const(target.value + suffix)
    return target


def _record(interp: InterpreterApi, target: Value, value: Value) -> Value:
    key = file_key(target)
    if key is not None:
        saved = interp.saved
        saved[key] = join(saved[key], value, interp.symbols) if key in saved else value
    return Const(None)


def _save(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    target = args[0] if args else kwargs.get("file", UNKNOWN)
    array = args[1] if len(args) > 1 else kwargs.get("arr", UNKNOWN)
    return _record(interp, _destination(target, ".npy"), array if isinstance(array, NdArray) else UNKNOWN)


def _savez(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    target = args[0] if args else kwargs.get("file", UNKNOWN)
    named = {f"arr_{index}": array for index, array in enumerate(args[1:])}
    named |= {name: array for name, array in kwargs.items() if name != "file"}
    arrays = {name: array if isinstance(array, NdArray) else UNKNOWN for name, array in named.items()}
    return _record(interp, _destination(target, ".npz"), Sequence(tuple(arrays.values()), "dict", fields=tuple(arrays)))


@dataclass(frozen=True, eq=False)
class Archive(Sequence):
    """An `.npz` archive `np.load` opened: the mapping of its arrays by name, and its own context manager (`with
    np.load(path) as f` binds the archive)."""


def _load(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    key = file_key(args[0] if args else kwargs.get("file"))
    loaded = interp.saved.get(key, UNKNOWN) if key is not None else UNKNOWN
    if isinstance(loaded, Sequence) and loaded.kind == "dict" and key is not None and key.endswith(".npz"):
        return Archive(**{f.name: getattr(loaded, f.name) for f in fields(Sequence)})
    return loaded


MEMBERS: dict[str, Value] = {
    "save": Builtin("save", _save),
    "savez": Builtin("savez", _savez),
    "savez_compressed": Builtin("savez_compressed", _savez),
    "load": Builtin("load", _load),
}
