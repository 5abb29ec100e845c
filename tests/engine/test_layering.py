"""The modules that compute values for the interpreter see it only through `interp_api.InterpreterApi`: none of
them imports interpreter.py, not even for type checking, so there is no import cycle."""

import ast
from pathlib import Path

import torch_lsp.analysis

ANALYSIS = Path(torch_lsp.analysis.__file__).parent
DRIVERS = {"engine.py", "module_loader.py", "default_runs.py"}  # they create the interpreter or run it


def _imports_interpreter(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""] if node.module else [alias.name for alias in node.names]
            if any(name.split(".")[-1] == "interpreter" for name in names):
                return True
        if isinstance(node, ast.Import) and any(alias.name.endswith(".interpreter") for alias in node.names):
            return True
    return False


def test_the_interpreter_is_imported_only_by_the_modules_that_run_it():
    modules = [path for path in ANALYSIS.rglob("*.py") if path.name != "interpreter.py"]
    importers = {path.relative_to(ANALYSIS).as_posix() for path in modules if _imports_interpreter(path)}
    assert importers == DRIVERS


def test_a_type_checking_import_counts(tmp_path: Path):
    module = tmp_path / "helper.py"
    module.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .interpreter import Interpreter\n")
    assert _imports_interpreter(module)
    module.write_text("from .interp_api import InterpreterApi\nfrom . import values\n")
    assert not _imports_interpreter(module)
