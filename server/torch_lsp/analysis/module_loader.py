"""Imports of workspace modules: each is interpreted (never run) in the importing analysis's interpreter, once.

The loader plays `sys.modules` for one analysis: a module is registered before its body runs, so an
import cycle sees the partly initialised module, as Python does. Its classes, functions and constants
become values in the importer, and their code records hints in the module's own records (see
`Interpreter.unit_of`), so the importer's hints never land on another file's lines. The files that import
the analysed one ("drivers") run after its body, so their calls into it are joined with its own.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import os
from pathlib import Path
from typing import Any, Protocol

from . import work_clock
from .interpreter import Interpreter, Scope, UnitRecords, module_scope
from .source import FOREIGN_LINES, ParsedSource, parse_tolerant
from .values import UNKNOWN, Const, ModuleValue

MAX_MODULES = 64
DRIVER_SHARE = 0.5  # of the time left when the drivers start


class Project(Protocol):
    """What the loader needs to know about the workspace (see workspace.Project)."""

    def source(self, path: str) -> str | None:
        """The current text of a file ("" for a namespace package)."""

    def find(self, dotted: str, importer: str | None) -> str | None:
        """The file (or namespace folder) module `dotted` imported from `importer` resolves to."""

    def find_relative(self, level: int, dotted: str | None, importer: str) -> str | None:
        """The file (or folder) of a relative import."""

    def module_name(self, path: str) -> str:
        """The dotted module name of a file."""

    def drivers(self, path: str) -> list[str]:
        """The files that import `path`, directly or not, nearest first (bounded)."""


@functools.lru_cache(maxsize=64)
def parsed_module(source: str) -> ParsedSource:
    """An imported module's syntax tree (lines shifted by FOREIGN_LINES), shared by every analysis importing it."""
    parsed = parse_tolerant(source)
    ast.increment_lineno(parsed.tree, FOREIGN_LINES)
    return parsed


def digest(source: str) -> str:
    """A short fingerprint of a file's text."""
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


class ModuleLoader:
    """Loads the workspace modules one analysis imports and runs the files that import the analysed one."""

    def __init__(self, project: Project, path: str | None) -> None:
        self.project = project
        self.path = path
        self.loaded: dict[str, ModuleValue] = {}
        self.sources: dict[str, str] = {}  # every other file this analysis read -> digest of the text read
        self._files: dict[int, str] = {}  # module scope id -> its file
        self._main: Scope | None = None

    def unchanged(self, sources: dict[str, str]) -> bool:
        """Whether every file an earlier analysis read still has the text it read."""
        for path, seen in sources.items():
            text = self.project.source(path)
            if text is None or digest(text) != seen:
                return False
        return True

    # -- imports ---------------------------------------------------------------------------------------
    def bind_import(self, interp: Interpreter, node: ast.Import | ast.ImportFrom, scope: Scope) -> list[ast.alias]:
        """Bind the names an import statement takes from workspace modules; the aliases left to the caller."""
        importer = self._file_of(scope)
        if isinstance(node, ast.Import):
            rest = []
            for alias in node.names:
                chain = self._import_chain(interp, alias.name, importer)
                if not chain:
                    rest.append(alias)
                elif alias.asname:
                    complete = len(chain) == alias.name.count(".") + 1
                    scope.vars[alias.asname] = chain[-1] if complete else UNKNOWN
                else:
                    scope.vars[alias.name.split(".")[0]] = chain[0]
            return rest
        module = self._from_module(interp, node, importer)
        if module is None:
            return list(node.names)
        for alias in node.names:
            if alias.name == "*":
                scope.vars.update(_public_names(module))
                continue
            value = module.scope.vars.get(alias.name)
            if value is None:
                value = self._submodule(interp, module, alias.name) or UNKNOWN
            scope.vars[alias.asname or alias.name] = value
        return []

    def _file_of(self, scope: Scope) -> str | None:
        root = module_scope(scope)
        if id(root) not in self._files:  # every other module scope is made here: this is the analysed unit
            self._main = root
            self._files[id(root)] = self.path or ""
        return self._files[id(root)] or None

    def _import_chain(self, interp: Interpreter, dotted: str, importer: str | None) -> list[ModuleValue]:
        """`import a.b.c`: the modules a, a.b, a.b.c as far as they are workspace modules."""
        parts = dotted.split(".")
        if parts[0] == "torch":
            return []
        chain: list[ModuleValue] = []
        for index in range(len(parts)):
            found = self.project.find(".".join(parts[: index + 1]), importer)
            module = self.load(interp, found) if found is not None else None
            if module is None:
                break
            if chain:
                chain[-1].scope.vars[parts[index]] = module  # importing a submodule sets it on its package
            chain.append(module)
        return chain

    def _from_module(self, interp: Interpreter, node: ast.ImportFrom, importer: str | None) -> ModuleValue | None:
        if node.level == 0:
            if not node.module:
                return None
            chain = self._import_chain(interp, node.module, importer)
            return chain[-1] if len(chain) == node.module.count(".") + 1 else None
        if importer is None:
            return None
        found = self.project.find_relative(node.level, node.module, importer)
        return self.load(interp, found) if found is not None else None

    def _submodule(self, interp: Interpreter, package: ModuleValue, name: str) -> ModuleValue | None:
        """`from pkg import sub` where `sub` is a module of the package, not one of its names."""
        folder = Path(package.path)
        if folder.name == "__init__.py":
            folder = folder.parent
        elif not folder.is_dir():
            return None
        found = self.project.find_relative(1, name, os.path.join(folder, "__init__.py"))
        module = self.load(interp, found) if found is not None else None
        if module is not None:
            package.scope.vars[name] = module
        return module

    def load(self, interp: Interpreter, path: str) -> ModuleValue | None:
        """The module in `path`, interpreted on first import in this analysis (None past the module bound)."""
        if path == self.path and self._main is not None:
            return self.loaded.setdefault(path, ModuleValue(self.project.module_name(path), path, self._main))
        if path in self.loaded:
            return self.loaded[path]
        if len(self.loaded) >= MAX_MODULES:
            return None
        return self._execute(interp, path, self.project.module_name(path))

    def _execute(self, interp: Interpreter, path: str, name: str) -> ModuleValue | None:
        source = self.project.source(path)
        if source is None:
            return None
        self.sources[path] = digest(source)
        parsed = parsed_module(source)
        scope = Scope(None, (0, len(parsed.lines)))
        scope.vars["__name__"] = Const(name)
        module = self.loaded[path] = ModuleValue(name, path, scope)
        self._files[id(scope)] = path
        interp.units[id(scope)] = UnitRecords(parsed.lines)
        interp.note_stores(parsed.tree)
        with interp.unit_of(scope):
            interp.exec_block(parsed.tree.body, scope)
        return module

    # -- drivers ---------------------------------------------------------------------------------------
    def drivers(self) -> list[str]:
        """The files whose calls into the analysed file count as its call sites."""
        return self.project.drivers(self.path) if self.path else []

    def driver_budget(self, deadline: float) -> float:
        """Seconds one driver may take."""
        return max(0.0, deadline - work_clock.now()) * DRIVER_SHARE

    def run_driver(self, interp: Interpreter, path: str, main: Scope) -> None:
        """Interpret a file that imports the analysed one, as a program (`__name__ == "__main__"`)."""
        if self.path is not None:
            self._main = main
            self._files.setdefault(id(main), self.path)
            self.loaded.setdefault(self.path, ModuleValue(self.project.module_name(self.path), self.path, main))
        if path not in self.loaded:
            self._execute(interp, path, "__main__")


def _public_names(module: ModuleValue) -> dict[str, Any]:
    """What `from m import *` binds: `__all__` when it is a known list of names, else the names without `_`."""
    names = module.scope.vars.get("__all__")
    items = getattr(names, "items", None)
    if items is not None and all(isinstance(i, Const) and isinstance(i.value, str) for i in items):
        return {i.value: module.scope.vars.get(i.value, UNKNOWN) for i in items}
    return {name: value for name, value in module.scope.vars.items() if not name.startswith("_")}
