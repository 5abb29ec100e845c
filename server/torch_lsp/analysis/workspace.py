"""The workspace as one project: where its modules are, their current text, and who imports and calls what.

Modules resolve as Python resolves them (the importing file's folder, then the workspace folders; a regular
package before a module before a namespace package). The index holds, per Python file or notebook, the
workspace files it imports and the names it calls; it is kept small (no syntax trees) and is updated one
file at a time, so an edit or a watched-file change costs one parse.
"""

from __future__ import annotations

import ast
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .module_loader import digest
from .source import parse_module, parse_tolerant

SUFFIXES = (".py", ".ipynb")
MAX_FILES = 5000
MAX_FILE_BYTES = 1_000_000
MAX_DRIVERS = 8
_SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages", "dist-packages", "build", "dist"})


@dataclass(frozen=True)
class FileEntry:
    """What the index knows about one file."""

    digest: str
    imports: frozenset[str]  # workspace files it imports
    calls: frozenset[str]  # the dotted names it calls


def read_text(path: str) -> str | None:
    """A file's analysable text from disk (a notebook's code cells joined); None when unreadable or too big."""
    from ..check import read_source

    try:
        if os.path.isdir(path):
            return ""
        if os.path.getsize(path) > MAX_FILE_BYTES:
            return None
        return read_source(Path(path))[0]
    except (OSError, ValueError):
        return None


class Project:
    """The workspace folders' Python files and notebooks; open documents' text overrides the disk."""

    def __init__(self, roots: Sequence[str | Path] = ()) -> None:
        self.roots = [str(Path(root).resolve()) for root in roots]
        self.overlay: dict[str, str] = {}
        self.entries: dict[str, FileEntry] = {}
        self._importers: dict[str, set[str]] = {}
        self._lock = threading.Lock()
        self._resolved: dict[
            tuple[str, str], str | None
        ] = {}  # (dotted, folder) -> file; cleared when files come or go

    # -- sources and module resolution -------------------------------------------------------------
    def source(self, path: str) -> str | None:
        """The current text of a file: the editor's when it is open, else the disk's."""
        text = self.overlay.get(path)
        return text if text is not None else read_text(path)

    def find(self, dotted: str, importer: str | None) -> str | None:
        """The file (or namespace folder) that `import dotted` in `importer` loads, if it is in the workspace."""
        key = (dotted, os.path.dirname(importer) if importer else "")
        if key in self._resolved:
            return self._resolved.get(key)
        parts = dotted.split(".")
        located = (_locate(base, parts) for base in self._search_path(importer))
        found = self._resolved[key] = next((file for file in located if file is not None), None)
        return found

    def find_relative(self, level: int, dotted: str | None, importer: str) -> str | None:
        """The file (or folder) of `from .{level} dotted import ...` in `importer`."""
        base = os.path.dirname(importer)
        for _ in range(level - 1):
            base = os.path.dirname(base)
        if dotted:
            return _locate(base, dotted.split("."))
        init = os.path.join(base, "__init__.py")
        return init if os.path.isfile(init) else (base if _has_python(base) else None)

    def _search_path(self, importer: str | None) -> list[str]:
        folders = [os.path.dirname(importer)] if importer else []
        return folders + [root for root in self.roots if root not in folders]

    def module_name(self, path: str) -> str:
        """`pkg.sub.mod` for pkg/sub/mod.py inside regular packages."""
        file = Path(path)
        parts = [] if file.name == "__init__.py" else [file.stem]
        folder = file.parent
        while (folder / "__init__.py").is_file() and folder.parent != folder:
            parts.insert(0, folder.name)
            folder = folder.parent
        return ".".join(parts) or file.stem

    # -- the index ---------------------------------------------------------------------------------
    def files(self) -> Iterator[str]:
        """The Python files and notebooks under the workspace folders (hidden folders, virtual environments
        and caches left out; at most MAX_FILES)."""
        count = 0
        for root in self.roots:
            for folder, subfolders, names in os.walk(root):
                subfolders[:] = sorted(
                    name
                    for name in subfolders
                    if not name.startswith(".")
                    and name not in _SKIPPED_FOLDERS
                    and not os.path.exists(os.path.join(folder, name, "pyvenv.cfg"))
                )
                for name in sorted(names):
                    if name.endswith(SUFFIXES):
                        count += 1
                        if count > MAX_FILES:
                            return
                        yield os.path.join(folder, name)

    def update(self, path: str) -> bool:
        """Re-index one file from its current text; whether its text changed (or it was deleted)."""
        text = self.source(path)
        if text is None:
            return self.remove(path)
        fingerprint = digest(text)
        old = self.entries.get(path)
        if old is not None and old.digest == fingerprint:
            return False
        if old is None:
            self._resolved.clear()
        imports, calls = self._scan(text, path)
        entry = FileEntry(fingerprint, frozenset(imports), frozenset(calls))
        with self._lock:
            self._unlink(path, old)
            self.entries[path] = entry
            for target in entry.imports:
                self._importers.setdefault(target, set()).add(path)
        return True

    def remove(self, path: str) -> bool:
        """Forget a deleted file; whether it was indexed."""
        with self._lock:
            old = self.entries.pop(path, None)
            self._unlink(path, old)
        self._resolved.clear()
        return old is not None

    def _unlink(self, path: str, old: FileEntry | None) -> None:
        for target in old.imports if old is not None else ():
            self._importers.get(target, set()).discard(path)

    def _scan(self, text: str, path: str) -> tuple[set[str], set[str]]:
        imports: set[str] = set()
        calls: set[str] = set()
        for node in ast.walk(_parse(text)):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    parts = alias.name.split(".")
                    imports.update(self._found(".".join(parts[: i + 1]), path) for i in range(len(parts)))
            elif isinstance(node, ast.ImportFrom):
                imports.update(self._from_targets(node, path))
            elif isinstance(node, ast.Call):
                name = _dotted(node.func)
                if name is not None:
                    calls.add(name)
        imports.discard("")
        imports.discard(path)
        return imports, calls

    def _found(self, dotted: str, path: str) -> str:
        return self.find(dotted, path) or ""

    def _from_targets(self, node: ast.ImportFrom, path: str) -> set[str]:
        if node.level:
            module = self.find_relative(node.level, node.module, path)
            if module is None:
                return set()
            targets = {module}
            for alias in node.names:
                targets.add(
                    self.find_relative(node.level, f"{node.module}.{alias.name}" if node.module else alias.name, path)
                    or ""
                )
            return targets
        if not node.module:
            return set()
        parts = node.module.split(".")
        targets = {self._found(".".join(parts[: i + 1]), path) for i in range(len(parts))}
        targets.update(self._found(f"{node.module}.{alias.name}", path) for alias in node.names)
        return targets

    def affects(self, changed: set[str], path: str, sources: dict[str, str]) -> bool:
        """Whether files whose text `changed` change the analysis of `path` that read `sources`: one of them is a
        file it read that no longer has the text it read, or a new or changed file importing it."""
        for other in changed - {path}:
            entry = self.entries.get(other)
            if (other in sources or (entry is not None and path in entry.imports)) and sources.get(other) != (
                entry.digest if entry is not None else None
            ):
                return True
        return False

    def importers(self, path: str) -> set[str]:
        """The files that import `path` directly."""
        with self._lock:
            return set(self._importers.get(path, ()))

    def dependents(self, path: str) -> list[str]:
        """Every file that imports `path`, directly or not, nearest first."""
        seen = {path}
        order: list[str] = []
        frontier = [path]
        while frontier:
            following: list[str] = []
            for current in frontier:
                for importer in sorted(self.importers(current)):
                    if importer not in seen:
                        seen.add(importer)
                        order.append(importer)
                        following.append(importer)
            frontier = following
        return order

    def drivers(self, path: str) -> list[str]:
        """The files whose calls into `path` count as its call sites: its dependents that call something, open
        files first, at most MAX_DRIVERS."""
        dependents = [d for d in self.dependents(path) if self.entries.get(d) is None or self.entries[d].calls]
        dependents.sort(key=lambda d: d not in self.overlay)
        return dependents[:MAX_DRIVERS]

    def build(self, wait: Callable[[], None] = lambda: None, progress: Callable[[int, int], None] | None = None) -> int:
        """Index every workspace file (calling `wait` before each, to yield to more urgent work); how many."""
        paths = list(self.files())
        for done, path in enumerate(paths, start=1):
            wait()
            self.update(path)
            if progress is not None:
                progress(done, len(paths))
        return len(paths)


def _parse(text: str) -> ast.Module:
    try:
        return parse_module(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return parse_tolerant(text).tree


def _locate(base: str, parts: list[str]) -> str | None:
    """`parts` under `base`: a regular package, else a module, else a namespace package (with Python files)."""
    current = base
    for index, part in enumerate(parts):
        folder = os.path.join(current, part)
        init = os.path.join(folder, "__init__.py")
        last = index == len(parts) - 1
        if os.path.isfile(init):
            if last:
                return init
        elif last and os.path.isfile(folder + ".py"):
            return folder + ".py"
        elif not _has_python(folder):
            return None
        elif last:
            return folder
        current = folder
    return None


def _has_python(folder: str) -> bool:
    try:
        return os.path.isdir(folder) and any(e.name.endswith(".py") or e.is_dir() for e in os.scandir(folder))
    except OSError:
        return False


def _dotted(node: ast.expr) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))
