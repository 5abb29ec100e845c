"""`open(path, mode)`: a file the program opened, known by its path and mode, and its own context manager (`with
open(p) as f` binds the file). What a library writes to it (see overlays/yaml_files) counts once the file is
closed (by `with` or `close()`): only then is it on disk; any other use of the file (`f.write`, `f.seek`) makes
what it holds unknown."""

from __future__ import annotations

import ast
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
