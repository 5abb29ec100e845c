"""Projects, not files: every file of a multi-file project gets the hints the whole project gives.

Two references, neither written by hand: the truth from executing each project's programs with the modules
they import traced (tests/shape_truth.py), and the hints the engine gives the same project pasted into one
file (its modules in import order, the workspace imports left out).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import shape_truth
import torch
from torch_lsp.analysis.workspace import Project
from torch_lsp.check import analyse_file, read_source, run_check

CORPUS = Path(__file__).parent.parent / "corpora" / "project_corpus"
PROJECTS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
PASTABLE = ["notebook", "package", "split"]  # `aliases` uses module objects (`import toolkit.shapes as sh`)
BUDGET_S = 30.0


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".py", ".ipynb") and "__pycache__" not in p.parts)


def _labels(analysis) -> dict[tuple[int, int], str]:
    return {(b.line, b.column): analysis.shape_text(b.value) for b in analysis.hints()}


def _project_hints(root: Path) -> dict[Path, dict[tuple[int, int], str]]:
    project = Project([root])
    project.build()
    return {path: _labels(analyse_file(path, project, torch, "cpu", BUDGET_S)) for path in _files(root)}


def _import_order(root: Path, project: Project) -> list[Path]:
    """The project's files with every file after the ones it imports (programs, which nobody imports, last)."""
    order: list[Path] = []
    seen: set[str] = set()

    def visit(path: str) -> None:
        if path in seen:
            return
        seen.add(path)
        for imported in sorted(project.entries[path].imports):
            visit(imported)
        order.append(Path(path))

    for path in _files(root):
        visit(str(path))
    return order


def _is_workspace_import(node: ast.stmt, path: Path, project: Project) -> bool:
    if isinstance(node, ast.Import):
        return all(project.find(alias.name, str(path)) for alias in node.names)
    if isinstance(node, ast.ImportFrom):
        return bool(node.level) or project.find(node.module or "", str(path)) is not None
    return False


def _workspace_import_lines(source: str, path: Path, project: Project) -> set[int]:
    return {
        line
        for node in ast.parse(source).body
        if _is_workspace_import(node, path, project)
        for line in range(node.lineno - 1, node.end_lineno or node.lineno)
    }


def _pasted_hints(root: Path) -> dict[Path, dict[tuple[int, int], str]]:
    """The hints of the project pasted into one file, mapped back to each file's own lines."""
    project = Project([root])
    project.build()
    pasted: list[str] = []
    offsets: dict[Path, tuple[int, int]] = {}
    for path in _import_order(root, project):
        source = read_source(path)[0]
        dropped = _workspace_import_lines(source, path, project)
        lines = ["" if n in dropped else text for n, text in enumerate(source.split("\n"))]
        offsets[path] = (len(pasted), len(lines))
        pasted.extend(lines)
    from torch_lsp.analysis.engine import analyse

    labels = _labels(analyse("\n".join(pasted), torch, "cpu", 4096, BUDGET_S))
    return {
        path: {
            (line - first, column): label for (line, column), label in labels.items() if first <= line < first + count
        }
        for path, (first, count) in offsets.items()
    }


@pytest.mark.parametrize("name", PASTABLE)
def test_every_file_gets_the_hints_of_the_project_pasted_into_one_file(name):
    root = CORPUS / name
    project, pasted = _project_hints(root), _pasted_hints(root)
    assert project == pasted
    assert sum(len(hints) for hints in project.values()) > 0


def _truths(root: Path, cache: Path) -> dict[Path, shape_truth.Truth]:
    project = Project([root])
    project.build()
    programs = [p for p in _files(root) if not project.importers(str(p))]
    runs = [shape_truth.trace(p, cache_dir=cache, project=root) for p in programs]
    return shape_truth.project_truths(runs)


@pytest.mark.parametrize("name", PROJECTS)
def test_project_hints_agree_with_execution(name, request):
    root = CORPUS / name
    truths = _truths(root, request.config.cache.mkdir("project_truth"))
    hints = _project_hints(root)
    cross_file = 0
    for path, truth in truths.items():
        lines = read_source(path)[0].split("\n")
        scored = shape_truth.score(path.name, truth, sorted(hints[path].items()), lines)
        assert scored.wrong == [], scored.wrong
        alone = _labels(analyse_file(path, Project(), torch, "cpu", BUDGET_S))
        cross_file += sum(1 for key in hints[path] if key not in alone and key in truth.tensor_targets())
    assert cross_file > 0  # hints that only the other files of the project give


def test_check_analyses_a_folder_as_a_project(capsys):
    code = run_check([str(CORPUS / "split")], hints=True)
    out = capsys.readouterr().out
    assert code == 0
    models = next(part for part in out.split("== ") if part.startswith(str(CORPUS / "split" / "models.py")))
    assert "logits = self.head(z)  # [" in models
    run_check([str(CORPUS / "split")], output_format="json")
    assert json.loads(capsys.readouterr().out)["files"] == 3


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_modules_resolve_as_python_resolves_them(tmp_path):
    _write(
        tmp_path,
        {
            "app/main.py": "",
            "app/helpers.py": "",
            "lib/__init__.py": "",
            "lib/lib.py": "",
            "lib/sub/__init__.py": "",
            "lib/sub/deep.py": "",
            "space/part.py": "",
            "both.py": "",
            "both/__init__.py": "",
        },
    )
    project = Project([tmp_path])
    main = str(tmp_path / "app" / "main.py")
    assert project.find("helpers", main) == str(tmp_path / "app" / "helpers.py")  # the script's folder first
    assert project.find("lib.sub.deep", main) == str(tmp_path / "lib" / "sub" / "deep.py")
    assert project.find("space", main) == str(tmp_path / "space")  # a namespace package
    assert project.find("both", main) == str(tmp_path / "both" / "__init__.py")  # a package before a module
    assert project.find("numpy", main) is None
    deep = str(tmp_path / "lib" / "sub" / "deep.py")
    assert project.find_relative(2, "lib", deep) == str(tmp_path / "lib" / "lib.py")
    assert project.find_relative(1, None, deep) == str(tmp_path / "lib" / "sub" / "__init__.py")
    assert project.module_name(deep) == "lib.sub.deep"
    assert project.module_name(str(tmp_path / "lib" / "sub" / "__init__.py")) == "lib.sub"


def test_the_index_follows_edits_deletions_and_cycles(tmp_path):
    _write(
        tmp_path,
        {
            "a.py": "import b\n",
            "b.py": "from c import f\nf()\n",
            "c.py": "import a\ndef f():\n    pass\n",
            "d.py": "x = 1\n",
        },
    )
    project = Project([tmp_path])
    assert project.build() == 4
    a, b, c, d = (str(tmp_path / f"{n}.py") for n in "abcd")
    assert project.dependents(c) == [b, a]  # the cycle a -> b -> c -> a ends
    assert project.drivers(c) == [b]  # a calls nothing
    assert not project.update(d)  # unchanged text: nothing to do
    project.overlay[d] = "from c import f\nf()\n"
    assert project.update(d) and project.drivers(c) == [d, b]  # open files first
    assert project.affects({d}, c, {}) and not project.affects({d}, a, {})
    sources = {b: project.entries[b].digest}
    assert not project.affects({b}, c, sources)  # it read b's current text
    (tmp_path / "b.py").unlink()
    assert project.update(b) and project.drivers(c) == [d]
    assert project.affects({b}, c, sources)


def test_a_module_imported_twice_is_interpreted_once_and_cycles_end(tmp_path):
    _write(
        tmp_path,
        {
            "first.py": "import torch\nimport second\nbase = torch.zeros(2, 3)\n"
            "def grow(x):\n    return second.wider(x)\n",
            "second.py": "import torch\nimport first\ndef wider(x):\n    w = torch.cat([x, x], dim=1)\n    return w\n",
            "main.py": "import first\nimport second\nout = first.grow(first.base)\n",
        },
    )
    project = Project([tmp_path])
    project.build()
    analysis = analyse_file(tmp_path / "main.py", project, torch, "cpu", BUDGET_S)
    assert _labels(analysis) == {(2, 3): "[2, 6]"}
    assert set(analysis.sources) == {str(tmp_path / "first.py"), str(tmp_path / "second.py")}


def test_a_layer_from_another_file_never_points_a_diagnostic_or_fix_into_this_one(tmp_path):
    _write(
        tmp_path,
        {
            "layers.py": "import torch.nn as nn\n\n\n\nproj = nn.Linear(10, 5)\n",
            "main.py": "import torch\nfrom layers import proj\n\n\n\ny = proj(torch.randn(4, 12))\n",
        },
    )
    analysis = analyse_file(tmp_path / "main.py", Project([tmp_path]), torch, "cpu", BUDGET_S)
    (issue,) = analysis.issues
    assert issue.line == 5
    lines = len(read_source(tmp_path / "main.py")[0].split("\n"))
    assert issue.related and all(line >= lines for line, _ in issue.related)  # made in layers.py, line 5
    assert issue.fixes and all(edit.line >= lines for fix in issue.fixes for edit in fix.edits)


def test_an_analysis_loads_a_bounded_number_of_modules(tmp_path):
    from torch_lsp.analysis.module_loader import MAX_MODULES

    count = MAX_MODULES + 16
    _write(tmp_path, {f"m{i}.py": f"import torch\nimport m{i + 1}\nx = torch.zeros({i})\n" for i in range(count)})
    analysis = analyse_file(tmp_path / "m0.py", Project([tmp_path]), torch, "cpu", BUDGET_S)
    assert analysis.completed
    assert len(analysis.sources) == MAX_MODULES


def test_a_driver_cut_short_by_its_budget_is_undone(tmp_path):
    slow = "for i in range(16):\n    for j in range(16):\n        for k in range(16):\n"
    slow += "            w = torch.randn(3, 3) @ w\n"
    _write(
        tmp_path,
        {
            "model.py": "import torch\n\n\ndef head(x):\n    y = x * 2\n    return y\n",
            "train.py": "import torch\nfrom model import head\n\nw = torch.randn(3, 3)\na = head(torch.randn(4, 8))\n"
            + slow
            + "b = head(torch.randn(5, 8))\n",
        },
    )
    project = Project([tmp_path])
    project.build()
    whole = analyse_file(tmp_path / "model.py", project, torch, "cpu", budget_s=BUDGET_S)
    assert _labels(whole)[(4, 5)] == "[?, 8]"
    analysis = analyse_file(tmp_path / "model.py", project, torch, "cpu", budget_s=1.0)
    assert analysis.completed
    assert _labels(analysis).get((4, 5)) in (None, "[?, 8]")  # never `[4, 8]`, from the calls before the cut
