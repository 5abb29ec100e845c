"""`torch-lsp check`: the server's shapes and shape errors in a terminal or CI."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis.engine import Analysis, analyse
from .analysis.probes import MAX_PROBE_ELEMENTS, OpError
from .analysis.reasons import Reason
from .analysis.values import UNKNOWN
from .analysis.workspace import Project
from .device import resolve_device
from .i18n import t

_SUFFIXES = (".py", ".ipynb")
_BUDGET_S = 30.0


@dataclass(frozen=True)
class Cell:
    """Lines of one analysed file that belong to one notebook cell (or the whole .py file)."""

    label: str | None
    first_line: int
    line_count: int


def collect_paths(paths: list[str]) -> list[Path]:
    """Files to check: the given files, and .py/.ipynb files under the given folders."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix in _SUFFIXES and p.is_file() and not any(part.startswith(".") for part in p.parts)
                )
            )
        elif path.exists():
            found.append(path)
        else:
            print(f"{raw}: error: no such file or folder", file=sys.stderr)
    return found


def read_source(path: Path) -> tuple[str, list[Cell]]:
    """The analysable source of a file and where its cells are (notebooks: code cells joined)."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix != ".ipynb":
        return raw, [Cell(None, 0, raw.count("\n") + 1)]
    try:
        notebook = json.loads(raw)
    except json.JSONDecodeError:
        return "", []
    texts, cells, line = [], [], 0
    for number, cell in enumerate(notebook.get("cells", []), start=1):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        text = ("".join(source) if isinstance(source, list) else str(source)).rstrip("\n")
        count = text.count("\n") + 1
        cells.append(Cell(f"cell {number}", line, count))
        texts.append(text)
        line += count
    return "\n".join(texts), cells


def _locate(cells: list[Cell], line: int) -> tuple[str | None, int]:
    for cell in cells:
        if cell.first_line <= line < cell.first_line + cell.line_count:
            return cell.label, line - cell.first_line
    return None, line


def location(record: dict[str, Any]) -> str:
    """`path:line:col` (ruff's `path:cell N:line:col` inside notebooks)."""
    prefix = f"{record['path']}:{record['cell']}" if record["cell"] else record["path"]
    return f"{prefix}:{record['line']}:{record['column']}"


def issue_records(path: Path, cells: list[Cell], analysis: Analysis) -> list[dict[str, Any]]:
    """The shape errors of one file as plain records."""
    records = []
    for issue in sorted(analysis.issues, key=lambda i: (i.line, i.column)):
        label, local = _locate(cells, issue.line)
        records.append(
            {
                "path": str(path),
                "cell": label,
                "line": local + 1,
                "column": issue.column + 1,
                "severity": "error" if issue.sure else "warning",
                "message": f"{issue.op}: {issue.error.message}" + _assumed(issue.error),
            }
        )
    return records


def _assumed(error: OpError) -> str:
    """` (raises when run with the command line's defaults (...))` for an error that needs them; empty otherwise."""
    return f" ({t('diag_at_defaults', 'en', values=error.assumption())})" if error.assuming else ""


def annotated_lines(source: str, analysis: Analysis) -> list[str]:
    """Each source line with the shapes assigned on it appended as a comment."""
    by_line: dict[int, list[str]] = {}
    for binding in analysis.hints():
        by_line.setdefault(binding.line, []).append(analysis.shape_text(binding.value))
    lines = source.split("\n")
    return [f"{text}  # {', '.join(by_line[n])}" if n in by_line else text for n, text in enumerate(lines)]


def project_of(paths: list[str]) -> Project:
    """The project the given paths form: each folder is a project root, indexed; a file's imports resolve
    from its own folder."""
    project = Project([raw for raw in paths if Path(raw).is_dir()])
    project.build()
    return project


def analyse_file(path: Path, project: Project, torch: Any, device: str | None, budget_s: float = _BUDGET_S) -> Analysis:
    """Analyse one file of a project: its workspace imports and the files importing it take part."""
    resolved = str(path.resolve())
    source = project.source(resolved) or ""
    return analyse(source, torch, device, MAX_PROBE_ELEMENTS, budget_s, project=project, path=resolved)


def unexplained(analysis: Analysis) -> list[tuple[int, str, Reason]]:
    """(line, name, reason) of each variable left without a value because an argument could not be evaluated."""
    found = []
    for binding in analysis.bindings:
        reason = analysis.why_unknown(binding.name, binding.line) if binding.value is UNKNOWN else None
        if binding.hint and reason is not None:
            found.append((binding.line, binding.name, reason))
    return found


def explanation_lines(path: Path, cells: list[Cell], analysis: Analysis, causes: Counter[str]) -> list[str]:
    """`path:line: x: shape unknown: …` for one file; counts each cause in `causes`."""
    lines = []
    for line, name, reason in unexplained(analysis):
        label, local = _locate(cells, line)
        _, reason_local = _locate(cells, reason.line)
        prefix = f"{path}:{label}:{local + 1}" if label else f"{path}:{local + 1}"
        lines.append(f"{prefix}: {name}: {t('shape_unknown', 'en', code=reason.code, line=reason_local + 1)}")
        causes[reason.cause] += 1
    return lines


def run_check(
    paths: list[str],
    output_format: str = "text",
    hints: bool = False,
    explain: bool = False,
    budget_s: float = _BUDGET_S,
) -> int:
    """Check files; print errors (and hints, and why values are unknown), and which files the time budget cut
    short; return 1 when any error was found."""
    import torch

    device = resolve_device("auto")
    files = collect_paths(paths)
    project = project_of(paths)
    records: list[dict[str, Any]] = []
    causes: Counter[str] = Counter()
    cut_short: list[str] = []
    line_count = 0
    for path in files:
        source, cells = read_source(path)
        line_count += source.count("\n") + 1
        analysis = analyse_file(path, project, torch, device, budget_s)
        if not analysis.completed:
            cut_short.append(str(path))
        if hints and output_format == "text":
            print(f"== {path}")
            print("\n".join(annotated_lines(source, analysis)))
        file_records = issue_records(path, cells, analysis)
        records.extend(file_records)
        explained = explanation_lines(path, cells, analysis, causes) if explain and output_format == "text" else []
        if explained:
            print("\n".join(explained))
        if output_format == "text":
            for record in file_records:
                print(f"{location(record)}: {record['severity']}: {record['message']}")
            if not analysis.completed:
                print(f"{path}: note: {t('check_cut_short', 'en', budget=f'{budget_s:g}')}")
    if explain and output_format == "text":
        print(f"{sum(causes.values())} variable(s) without a value, by cause:")
        print("\n".join(f"{count:6}  {cause}" for cause, count in causes.most_common()))
    errors = sum(1 for r in records if r["severity"] == "error")
    if output_format == "json":
        report = {"files": len(files), "lines": line_count, "diagnostics": records, "cut_short": cut_short}
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(
            f"{'Found' if records else 'No shape errors in'} "
            f"{f'{errors} error(s), {len(records) - errors} warning(s) in ' if records else ''}"
            f"{len(files)} file(s), {line_count} lines (device: {device})"
        )
    return 1 if errors else 0
