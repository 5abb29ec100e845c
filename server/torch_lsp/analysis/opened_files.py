"""`open(path, mode)`: a file the program opened, known by its path and mode, and its own context manager (`with
open(p) as f` binds the file). What a library writes to it (see overlays/yaml_files) counts once the file is
closed (by `with` or `close()`): only then is it on disk; any other use of the file (`f.write`, `f.seek`) makes
what it holds unknown."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field

from .callables import Builtin
from .interp_api import InterpreterApi
from .joins import join
from .saved_files import file_key
from .values import UNKNOWN, Const, Modelled, Value

_PLAIN = frozenset({"name", "mode", "closed", "encoding", "errors", "newlines"})  # attributes that are no method


@dataclass(frozen=True, eq=False)
class OpenedFile(Modelled):
    """A file `open` returned: `key` its path's (see saved_files; None: not known), `mode` its mode (None: not
    known), `written` what was written to it while open, in order (UNKNOWN for a write the engine does not read)."""

    key: str | None
    mode: str | None
    written: list[Value] = field(default_factory=list, compare=False)

    def member(self, name: str) -> Value:
        """`__enter__` gives the file, `__exit__` and `close` close it; another method is a use whose effect on
        the file is not known."""
        if name == "__enter__":
            return Builtin(name, lambda interp, args, kwargs, node: self)
        if name in ("__exit__", "close"):
            return Builtin(name, self._close)
        if name in _PLAIN:
            return UNKNOWN
        self.written.append(UNKNOWN)
        return UNKNOWN

    def writes(self) -> bool:
        """Whether the file was opened to be written from its start (`"w"`, `"wt"`, `"w+"`)."""
        return self.mode is not None and self.mode.startswith("w") and "b" not in self.mode

    def _close(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Closed: the one document written to a file opened to write is what the path holds (joined with what
        another path of the program saved there); several documents, or a use not followed, leave it unknown."""
        if self.key is not None and self.writes() and self.written:
            document = self.written[0] if len(self.written) == 1 else UNKNOWN
            saved = interp.saved
            saved[self.key] = join(saved[self.key], document, interp.symbols) if self.key in saved else document
        self.written.clear()
        return Const(None)


def dumped(
    args: list[Value],
    kwargs: dict[str, Value],
    names: tuple[str, str],
    layout: frozenset[str],
    sort_keys_default: bool,
    document: Callable[[Value, bool], Value],
) -> Value:
    """`dump(data, stream, **layout)` of a library writing one document to a file (json, yaml; `names` its two
    parameters', `layout` the options that only change the text): what `document` makes of the data, sorted by key
    or not, is written to the file; None (unknown for a stream that is no file opened)."""
    data_name, stream_name = names
    data = args[0] if args else kwargs.get(data_name, UNKNOWN)
    stream = args[1] if len(args) > 1 else kwargs.get(stream_name, UNKNOWN)
    if not isinstance(stream, OpenedFile):
        return UNKNOWN
    sort_keys = kwargs.get("sort_keys", Const(sort_keys_default))
    known = len(args) <= 2 and set(kwargs) <= {data_name, stream_name, "sort_keys", *layout}
    if not known or not (isinstance(sort_keys, Const) and isinstance(sort_keys.value, bool)):
        stream.written.append(UNKNOWN)
    else:
        stream.written.append(document(data, sort_keys.value))
    return Const(None)


def read_back(interp: InterpreterApi, stream: Value) -> Value:
    """What a library reads from `stream`, a file opened to read as text: the document the program wrote to its path
    (unknown for another stream)."""
    if not isinstance(stream, OpenedFile) or stream.key is None or stream.mode not in ("r", "rt"):
        return UNKNOWN
    return interp.saved.get(stream.key, UNKNOWN)


def open_builtin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`open(path, mode="r")`: the file, known by its path when that is a known string."""
    path = args[0] if args else kwargs.get("file", UNKNOWN)
    mode = args[1] if len(args) > 1 else kwargs.get("mode", Const("r"))
    known_mode = mode.value if isinstance(mode, Const) and isinstance(mode.value, str) else None
    return OpenedFile(file_key(path), known_mode)
