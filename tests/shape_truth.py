"""Ground truth for the shape engine: run a corpus program and record every tensor an assignment made.

Why an AST rewrite rather than `sys.settrace`
---------------------------------------------
A line tracer only sees a frame's locals when the *next* line starts, so it cannot tell which
statement produced a value (multi-line statements, loop headers, `return` right after an
assignment), it cannot see `self.attr` targets, walrus targets inside expressions or comprehension
variables at the moment they are bound, and it knows nothing about columns. Rewriting the syntax
tree gives each record the exact target node: after every `x = ...`, `a, (b, c) = ...`,
`self.w = ...`, `x += ...` and `x: T = ...` statement, at the top of every `for` / `with` body,
around every `(x := ...)` and as an always-true first `if` of every comprehension generator, a call
`__shape_rec__(line, column, name, kind, value)` is inserted, where (line, column) is the target
node's end position (0-based line, column in characters) — the same place the server puts a hint.
The program then runs unmodified otherwise, as `__main__`, in a subprocess with a timeout.

For notebooks the code cells are joined the way the server joins them (each cell's text with its
trailing newlines stripped, cells joined with "\\n", non-code cells skipped), IPython lines (`%...`,
`!...`) are replaced by `pass` with the same indentation, and the joined source runs as one module,
which is the same as running the cells in order. Lines are therefore lines of the joined source.

With a project folder (`trace(path, project=folder)`), the modules the program imports from that folder
are rewritten the same way when they are imported, and their records are kept per file (`Truth.modules`):
`project_truths` joins the records of several programs into one truth per file of the project.

The module also holds the scoring rules shared by tests/corpora/test_shape_corpus.py and bench/shape_bench.py.

    python tests/shape_truth.py tests/corpora/shape_corpus/unet.py      # print a program's truth
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import concurrent.futures
import copy
import hashlib
import importlib.metadata
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

CORPUS = Path(__file__).parent / "corpora" / "shape_corpus"
DEFAULT_TIMEOUT_S = 60.0
_MAGIC = re.compile(r"^\s*[%!]")


# -- sources -------------------------------------------------------------------------------------
def corpus_files() -> list[Path]:
    """Every program and notebook of the corpus, sorted."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".py", ".ipynb") and not p.name.startswith("_"))


def notebook_cells(path: Path) -> list[tuple[str, str]]:
    """(cell_type, text) of every cell, in order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cells = []
    for cell in data["cells"]:
        source = cell.get("source", "")
        cells.append((cell["cell_type"], "".join(source) if isinstance(source, list) else source))
    return cells


def code_cells(path: Path) -> list[str]:
    """The code cells' texts, in order."""
    return [text for kind, text in notebook_cells(path) if kind == "code"]


def joined_source(path: Path) -> str:
    """What the server analyses: the file's text, or a notebook's code cells joined like the server."""
    if path.suffix == ".ipynb":
        return "\n".join(text.rstrip("\n") for text in code_cells(path))
    return path.read_text(encoding="utf-8")


def cell_first_lines(path: Path) -> list[int]:
    """The joined-source line on which each code cell starts."""
    firsts, line = [], 0
    for text in code_cells(path):
        firsts.append(line)
        line += text.rstrip("\n").count("\n") + 1
    return firsts


def runnable_source(path: Path) -> str:
    """The joined source with IPython-only lines replaced by `pass` (line numbers kept)."""
    text = joined_source(path)
    if path.suffix != ".ipynb":
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _MAGIC.match(line):
            lines[index] = line[: len(line) - len(line.lstrip())] + "pass"
    return "\n".join(lines)


# -- the rewrite ---------------------------------------------------------------------------------
_Block = TypeVar("_Block", ast.For, ast.AsyncFor, ast.With, ast.AsyncWith)


class _Instrument(ast.NodeTransformer):
    """Inserts `__shape_rec__` calls after assignments (see the module docstring)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def _position(self, node: ast.expr) -> tuple[int, int]:
        assert node.end_lineno is not None
        line = node.end_lineno - 1
        text = self.lines[line] if line < len(self.lines) else ""
        column = len(text.encode("utf-8")[: node.end_col_offset].decode("utf-8", errors="ignore"))
        return line, column

    def _leaves(self, target: ast.expr) -> list[ast.expr]:
        if isinstance(target, (ast.Name, ast.Attribute)):
            return [target]
        if isinstance(target, (ast.Tuple, ast.List)):
            return [leaf for element in target.elts for leaf in self._leaves(element)]
        return []  # Subscript and Starred targets are not hint sites

    def _call(self, function: str, leaf: ast.expr, kind: str, value: ast.expr | None = None) -> ast.Call:
        line, column = self._position(leaf)
        if value is None:
            value = copy.deepcopy(leaf)
            for node in ast.walk(value):
                if hasattr(node, "ctx"):
                    node.ctx = ast.Load()
        name = leaf.id if isinstance(leaf, ast.Name) else ast.unparse(leaf)
        return ast.Call(
            func=ast.Name(function, ast.Load()),
            args=[ast.Constant(line), ast.Constant(column), ast.Constant(name), ast.Constant(kind), value],
            keywords=[],
        )

    def _records(self, targets: list[ast.expr], kind: str) -> list[ast.stmt]:
        return [
            ast.Expr(self._call("__shape_rec__", leaf, kind)) for target in targets for leaf in self._leaves(target)
        ]

    def _after(self, node: ast.stmt, targets: list[ast.expr], kind: str) -> list[ast.stmt]:
        self.generic_visit(node)
        return [node, *self._records(targets, kind)]

    def visit_Assign(self, node: ast.Assign):
        kind = "unpack" if any(isinstance(t, (ast.Tuple, ast.List)) for t in node.targets) else "assign"
        return self._after(node, node.targets, kind)

    def visit_AugAssign(self, node: ast.AugAssign):
        return self._after(node, [node.target], "augassign")

    def visit_AnnAssign(self, node: ast.AnnAssign):
        return self._after(node, [node.target] if node.value is not None else [], "annassign")

    def _in_body(self, node: _Block, targets: list[ast.expr], kind: str) -> _Block:
        self.generic_visit(node)
        node.body[:0] = self._records(targets, kind)
        return node

    def visit_For(self, node: ast.For):
        return self._in_body(node, [node.target], "for")

    def visit_AsyncFor(self, node: ast.AsyncFor):
        return self._in_body(node, [node.target], "for")

    def visit_With(self, node: ast.With):
        return self._in_body(node, [item.optional_vars for item in node.items if item.optional_vars], "with")

    def visit_AsyncWith(self, node: ast.AsyncWith):
        return self._in_body(node, [item.optional_vars for item in node.items if item.optional_vars], "with")

    def visit_NamedExpr(self, node: ast.NamedExpr):
        self.generic_visit(node)
        return self._call("__shape_rec_value__", node.target, "walrus", node)

    def visit_comprehension(self, node: ast.comprehension):
        self.generic_visit(node)
        leaves = self._leaves(node.target)
        if leaves:
            calls: list[ast.expr] = [self._call("__shape_rec__", leaf, "comprehension") for leaf in leaves]
            node.ifs.insert(0, ast.Tuple(calls, ast.Load()))  # a non-empty tuple: always true
        return node


def instrument(source: str, filename: str) -> ast.Module:
    """The program's syntax tree with the recording calls inserted."""
    tree = ast.parse(source, filename)
    tree = _Instrument(source.split("\n")).visit(tree)
    return ast.fix_missing_locations(tree)


# -- the child process ---------------------------------------------------------------------------
def _trace_imports(project: Path, recorder) -> None:
    """Rewrite the modules imported from `project` like the program; `recorder(file)` gives their recording
    functions (set as module globals, which take precedence over the builtins the program uses)."""
    import importlib.machinery

    class TracedLoader(importlib.machinery.SourceFileLoader):
        def get_code(self, fullname):
            source = self.get_data(self.path).decode("utf-8")
            return compile(instrument(source, self.path), self.path, "exec")

        def exec_module(self, module):
            module.__dict__["__shape_rec__"], module.__dict__["__shape_rec_value__"] = recorder(self.path)
            super().exec_module(module)

    def hook(entry: str):
        folder = Path(entry or ".").resolve()
        if not folder.is_dir() or not folder.is_relative_to(project):
            raise ImportError(entry)
        return importlib.machinery.FileFinder(str(folder), (TracedLoader, [".py"]))

    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()


def _child(path: Path, out: Path, project: Path | None = None) -> None:
    import builtins
    import traceback

    import torch

    records: dict[tuple[int, int], dict] = {}
    module_records: dict[str, dict[tuple[int, int], dict]] = {}

    def describe(value) -> tuple[str, object]:
        if isinstance(value, torch.Tensor):
            return "tensor", tuple(int(d) for d in value.shape)
        return "other", type(value).__name__

    def rec(line: int, column: int, name: str, kind: str, value, into: dict | None = None) -> None:
        into = records if into is None else into
        entry = into.get((line, column))
        if entry is None:
            entry = into[(line, column)] = {
                "line": line,
                "column": column,
                "name": name,
                "kind": kind,
                "shapes": set(),
                "others": set(),
                "hits": 0,
            }
        entry["hits"] += 1
        what, detail = describe(value)
        (entry["shapes"] if what == "tensor" else entry["others"]).add(detail)

    def rec_value(line: int, column: int, name: str, kind: str, value):
        rec(line, column, name, kind, value)
        return value

    def recorder(file: str):
        into = module_records.setdefault(str(Path(file).resolve()), {})

        def module_rec(line: int, column: int, name: str, kind: str, value) -> None:
            rec(line, column, name, kind, value, into)

        def module_rec_value(line: int, column: int, name: str, kind: str, value):
            rec(line, column, name, kind, value, into)
            return value

        return module_rec, module_rec_value

    vars(builtins).update(__shape_rec__=rec, __shape_rec_value__=rec_value)
    if project is not None:
        _trace_imports(project, recorder)
    source = runnable_source(path)
    code = compile(instrument(source, str(path)), str(path), "exec")
    sys.argv = [str(path)]
    sys.path.insert(0, str(path.parent))
    torch.manual_seed(0)
    error = None
    start = time.perf_counter()
    try:
        exec(code, {"__name__": "__main__", "__file__": str(path), "__builtins__": builtins})
    except SystemExit:
        pass
    except BaseException:  # noqa: BLE001 the traced program may raise anything: recorded as its error
        error = traceback.format_exc()
    duration = time.perf_counter() - start

    def listed(entries: dict) -> list[dict]:
        targets = [
            {**entry, "shapes": sorted(list(s) for s in entry["shapes"]), "others": sorted(entry["others"])}
            for entry in entries.values()
        ]
        return sorted(targets, key=lambda t: (t["line"], t["column"]))

    out.write_text(
        json.dumps(
            {
                "path": str(path),
                "error": error,
                "duration_s": duration,
                "targets": listed(records),
                "modules": {file: listed(entries) for file, entries in module_records.items()},
            }
        )
    )


# -- the parent side -----------------------------------------------------------------------------
@dataclass
class Target:
    """One assignment target: where it ends, and what it held each time it was assigned."""

    line: int
    column: int
    name: str
    kind: str
    shapes: list[tuple[int, ...]]
    others: list[str]
    hits: int

    @property
    def is_tensor(self) -> bool:
        return bool(self.shapes)


@dataclass
class Truth:
    """Everything one run of a corpus program recorded."""

    path: Path
    targets: dict[tuple[int, int], Target]
    error: str | None
    duration_s: float
    modules: dict[Path, dict[tuple[int, int], Target]] = field(default_factory=dict)

    def tensor_targets(self) -> dict[tuple[int, int], Target]:
        return {key: target for key, target in self.targets.items() if target.is_tensor}


def _fingerprint(path: Path, project: Path | None = None) -> str:
    """Changes whenever the program (or a file of its project), the tracer or the Python/torch installation
    changes."""
    digest = hashlib.sha256()
    digest.update(path.read_bytes())
    for file in sorted(project.rglob("*.py")) if project is not None else ():
        digest.update(str(file).encode() + file.read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(sys.version.encode())
    try:
        digest.update(importlib.metadata.version("torch").encode())
    except importlib.metadata.PackageNotFoundError:
        pass
    return digest.hexdigest()[:20]


def trace(
    path: Path, timeout: float = DEFAULT_TIMEOUT_S, cache_dir: Path | None = None, project: Path | None = None
) -> Truth:
    """Run `path` under the recorder in a fresh interpreter; raises if it fails or times out.

    With `cache_dir`, a truth recorded earlier for the same program, tracer and torch is reused. With
    `project`, the modules imported from that folder are recorded too (`Truth.modules`).
    """
    path = Path(path).resolve()
    project = Path(project).resolve() if project is not None else None
    cached = Path(cache_dir) / f"{path.name}.{_fingerprint(path, project)}.json" if cache_dir else None
    if cached is not None and cached.is_file():
        data = json.loads(cached.read_text())
    else:
        with tempfile.TemporaryDirectory(prefix="shape_truth_") as work:
            out = Path(work) / "truth.json"
            env = {**os.environ, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "MPLBACKEND": "Agg"}
            completed = subprocess.run(
                [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "--child",
                    str(out),
                    *(["--project", str(project)] if project is not None else []),
                    str(path),
                ],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            if completed.returncode != 0 or not out.exists():
                raise RuntimeError(f"tracing {path} failed ({completed.returncode}):\n{completed.stderr[-4000:]}")
            data = json.loads(out.read_text())
        if cached is not None and not data["error"]:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(data))
    if data["error"]:
        raise RuntimeError(f"{path} raised under the tracer:\n{data['error']}")
    modules = {Path(file): targets_of(entries) for file, entries in data.get("modules", {}).items()}
    return Truth(path, targets_of(data["targets"]), data["error"], data["duration_s"], modules)


def targets_of(entries: list[dict]) -> dict[tuple[int, int], Target]:
    """The recorded targets of a traced program, by (line, column)."""
    targets = {}
    for entry in entries:
        target = Target(
            entry["line"],
            entry["column"],
            entry["name"],
            entry["kind"],
            [tuple(s) for s in entry["shapes"]],
            entry["others"],
            entry["hits"],
        )
        targets[(target.line, target.column)] = target
    return targets


def project_truths(truths: list[Truth]) -> dict[Path, Truth]:
    """One truth per file of a project from the runs of its programs: each file's records joined over every
    run that executed it (a program's own records and those it made in the modules it imported)."""
    joined: dict[Path, dict[tuple[int, int], Target]] = {}
    for truth in truths:
        for file, targets in [(truth.path, truth.targets), *truth.modules.items()]:
            into = joined.setdefault(file, {})
            for key, target in targets.items():
                old = into.get(key)
                into[key] = (
                    target
                    if old is None
                    else Target(
                        old.line,
                        old.column,
                        old.name,
                        old.kind,
                        sorted(set(old.shapes) | set(target.shapes)),
                        sorted(set(old.others) | set(target.others)),
                        old.hits + target.hits,
                    )
                )
    return {file: Truth(file, targets, None, 0.0) for file, targets in joined.items()}


def trace_all(
    paths: list[Path], timeout: float = DEFAULT_TIMEOUT_S, workers: int | None = None, cache_dir: Path | None = None
) -> dict[Path, Truth]:
    """Trace several programs concurrently (one subprocess each)."""
    workers = workers or max(2, min(8, os.cpu_count() or 2))
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        futures = {path: pool.submit(trace, path, timeout, cache_dir) for path in paths}
        return {path: future.result() for path, future in futures.items()}


# -- scoring -------------------------------------------------------------------------------------
EXACT, SYMBOLIC, IMPRECISE, WRONG, UNVERIFIED = "exact", "symbolic", "imprecise", "wrong", "unverified"


def parse_label(label: str) -> list[str] | None:
    """`: [64, ?, H//2]` (optionally followed by a dtype) -> ['64', '?', 'H//2']; `: scalar` or a 0-d
    tensor's value -> []; None if not a shape."""
    label = label.strip().removeprefix(":").strip()
    if re.fullmatch(r"(scalar|True|False|-?(\d+(\.\d*)?(e[-+]?\d+)?|nan|inf))( \w+)?", label):
        return []
    if not label.startswith("["):
        return None
    depth, dims, current = 0, [], ""
    for char in label:
        if char in "[(":
            depth += 1
            if depth == 1:
                continue
        elif char in "])":
            depth -= 1
            if depth == 0:
                if current.strip():
                    dims.append(current.strip())
                return dims
        elif char == "," and depth == 1:
            dims.append(current.strip())
            current = ""
            continue
        current += char
    return None


def _bound(dim: str) -> int | None:
    match = re.fullmatch(r"(?:≤|<=)\s*(\d+)", dim)
    return int(match.group(1)) if match else None


def classify(label: str, target: Target | None) -> tuple[str, str]:
    """(verdict, reason) of one hint against the truth of its position.

    exact: every dim concrete and equal to the one shape observed.
    symbolic: some dims symbolic, each justified (`?`, a name or an expression over names, or `≤N`
      where the truth saw more than one value, all ≤ N); every concrete dim equal in every observation.
    imprecise: not wrong, but a `≤N` dim where the truth saw a single value.
    wrong: not a shape, wrong rank, a concrete dim that differs from an observation, a bound that an
      observation exceeds, or a tensor hint on a target that never held a tensor.
    unverified: the position is not an assignment target that ran.
    """
    dims = parse_label(label)
    if target is None:
        return UNVERIFIED, "no executed assignment target here"
    if dims is None:
        return WRONG, f"label {label!r} is not a shape"
    if not target.shapes:
        return WRONG, f"target held {', '.join(target.others)}, never a tensor"
    for shape in target.shapes:
        if len(shape) != len(dims):
            return WRONG, f"rank {len(dims)} but observed {list(shape)}"
    verdict = EXACT
    for index, dim in enumerate(dims):
        observed = sorted({shape[index] for shape in target.shapes})
        if re.fullmatch(r"-?\d+", dim):
            if observed != [int(dim)]:
                return WRONG, f"dim {index} is {dim} but observed {observed}"
            continue
        bound = _bound(dim)
        if bound is not None:
            if max(observed) > bound:
                return WRONG, f"dim {index} is {dim} but observed {observed}"
            if len(observed) == 1:
                verdict = IMPRECISE
            elif verdict == EXACT:
                verdict = SYMBOLIC
            continue
        if verdict == EXACT:
            verdict = SYMBOLIC  # `?`, a name, or an expression over names
    return verdict, ""


@dataclass
class FileScore:
    """How one file's hints compare with its truth."""

    name: str
    shown: int = 0
    exact: int = 0
    symbolic: int = 0
    imprecise: int = 0
    wrong: list[str] = field(default_factory=list)
    imprecise_hints: list[str] = field(default_factory=list)
    symbolic_hints: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    targets: int = 0
    multi_shape_targets: int = 0
    missing_targets: list[Target] = field(default_factory=list)
    error: str | None = None

    @property
    def correct(self) -> int:
        return self.exact + self.symbolic


def score(name: str, truth: Truth, hints: list[tuple[tuple[int, int], str]], lines: list[str]) -> FileScore:
    """Compare hints ((line, column in characters), label) with the truth of one file."""
    result = FileScore(name)
    tensor_targets = truth.tensor_targets()
    result.targets = len(tensor_targets)
    result.multi_shape_targets = sum(len(t.shapes) > 1 for t in tensor_targets.values())
    shown_at = {position for position, _ in hints}
    for (line, column), label in sorted(hints):
        result.shown += 1
        target = truth.targets.get((line, column))
        verdict, reason = classify(label, target)
        where = f"{name}:{line + 1}:{column}"
        text = lines[line].strip() if line < len(lines) else ""
        if target is None:  # unverified: no executed assignment target here
            result.unverified.append(f"{where} shown {label}   | {text}")
        elif verdict == EXACT:
            result.exact += 1
        elif verdict == SYMBOLIC:
            result.symbolic += 1
            result.symbolic_hints.append(
                f"{where} `{target.name}` shown {label} vs truth {[list(s) for s in target.shapes]}   | {text}"
            )
        elif verdict == IMPRECISE:
            result.imprecise += 1
            result.imprecise_hints.append(
                f"{where} `{target.name}` shown {label} vs truth {[list(s) for s in target.shapes]}   | {text}"
            )
        else:
            result.wrong.append(
                f"{where} `{target.name}` shown {label} vs truth "
                f"{[list(s) for s in target.shapes] or target.others} ({reason})   | {text}"
            )
    for key, target in sorted(tensor_targets.items()):
        if key not in shown_at:
            result.missing_targets.append(target)
            result.missing.append(
                f"{name}:{target.line + 1}:{target.column} `{target.name}` ({target.kind}) "
                f"truth {[list(s) for s in target.shapes]}   | {lines[target.line].strip()}"
            )
    return result


@dataclass
class Totals:
    """Corpus-wide figures."""

    shown: int
    correct: int
    exact: int
    symbolic: int
    imprecise: int
    wrong: int
    unverified: int
    targets: int
    missing: int
    multi_shape_targets: int

    @property
    def precision(self) -> float:
        return self.correct / self.shown if self.shown else 1.0

    @property
    def exact_recall(self) -> float:
        return self.exact / self.targets if self.targets else 1.0

    @property
    def symbolic_recall(self) -> float:
        return self.symbolic / self.targets if self.targets else 1.0

    @property
    def single_shape_exact_recall(self) -> float:
        """Exact hints over the targets that held one shape (the only ones an exact hint can be right for)."""
        single = self.targets - self.multi_shape_targets
        return self.exact / single if single else 1.0

    @property
    def best_exact_recall(self) -> float:
        """The exact recall a perfect engine would reach (targets with several shapes need symbols)."""
        return (self.targets - self.multi_shape_targets) / self.targets if self.targets else 1.0


def totals(scores: list[FileScore]) -> Totals:
    return Totals(
        shown=sum(s.shown for s in scores),
        correct=sum(s.correct for s in scores),
        exact=sum(s.exact for s in scores),
        symbolic=sum(s.symbolic for s in scores),
        imprecise=sum(s.imprecise for s in scores),
        wrong=sum(len(s.wrong) for s in scores),
        unverified=sum(len(s.unverified) for s in scores),
        targets=sum(s.targets for s in scores),
        missing=sum(len(s.missing) for s in scores),
        multi_shape_targets=sum(s.multi_shape_targets for s in scores),
    )


def table(scores: list[FileScore]) -> str:
    """The per-file table and the totals, as text."""
    header = (
        f"{'file':<34}{'targets':>8}{'shown':>7}{'correct':>8}{'exact':>7}{'symb':>6}"
        f"{'impr':>6}{'wrong':>6}{'unver':>6}{'missing':>8}"
    )
    rows = [header, "-" * len(header)]
    for s in scores:
        rows.append(
            f"{s.name:<34}{s.targets:>8}{s.shown:>7}{s.correct:>8}{s.exact:>7}{s.symbolic:>6}"
            f"{s.imprecise:>6}{len(s.wrong):>6}{len(s.unverified):>6}{len(s.missing):>8}"
            + ("   SERVER ERROR" if s.error else "")
        )
    t = totals(scores)
    rows.append("-" * len(header))
    rows.append(
        f"{'TOTAL':<34}{t.targets:>8}{t.shown:>7}{t.correct:>8}{t.exact:>7}{t.symbolic:>6}"
        f"{t.imprecise:>6}{t.wrong:>6}{t.unverified:>6}{t.missing:>8}"
    )
    rows.append(
        f"precision {t.precision:.1%} (correct / shown)   exact recall {t.exact_recall:.1%}   "
        f"symbolic recall {t.symbolic_recall:.1%}   wrong hints {t.wrong}   "
        f"(best possible exact recall {t.best_exact_recall:.1%}: {t.multi_shape_targets} targets "
        f"held several shapes; exact on the others {t.single_shape_exact_recall:.1%})"
    )
    return "\n".join(rows)


def utf16_to_char(line_text: str, utf16_column: int) -> int:
    """A UTF-16 column (LSP's default position encoding) as a column in characters."""
    units = 0
    for index, char in enumerate(line_text):
        if units >= utf16_column:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(line_text)


# -- asking the server ----------------------------------------------------------------------------
def _label_text(label) -> str:
    return label if isinstance(label, str) else "".join(part.value for part in label)


async def _hints_of(client, uri: str, lines: int, timeout: float, nonempty: bool) -> list:
    """A document's inlay hints; while `nonempty`, ask again until some come (the analysis may be running)."""
    from lsprotocol import types

    deadline = time.monotonic() + timeout
    while True:
        result = (
            await client.text_document_inlay_hint_async(
                types.InlayHintParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=types.Range(
                        start=types.Position(line=0, character=0), end=types.Position(line=lines + 1, character=0)
                    ),
                )
            )
            or []
        )
        if result or not nonempty or time.monotonic() > deadline:
            return result
        await asyncio.sleep(0.2)


_opened = itertools.count(1)


def open_notebook(client, base: str, cells: list[tuple[str, str]]) -> list[str]:
    """Open a notebook of (cell_type, text) cells at file URI `base` as VS Code does; its cells' URIs, in order."""
    from lsprotocol import types

    uris = [f"vscode-notebook-cell:{base[len('file:') :]}#W{i}sZmlsZQ%3D%3D" for i in range(len(cells))]
    client.notebook_document_did_open(
        types.DidOpenNotebookDocumentParams(
            notebook_document=types.NotebookDocument(
                uri=base,
                notebook_type="jupyter-notebook",
                version=1,
                cells=[
                    types.NotebookCell(
                        kind=types.NotebookCellKind.Code if kind == "code" else types.NotebookCellKind.Markup,
                        document=uri,
                    )
                    for (kind, _), uri in zip(cells, uris, strict=True)
                ],
            ),
            cell_text_documents=[
                types.TextDocumentItem(
                    uri=uri, language_id="python" if kind == "code" else "markdown", version=1, text=text
                )
                for (kind, text), uri in zip(cells, uris, strict=True)
            ],
        )
    )
    return uris


async def server_hints(client, path: Path, timeout: float = 90.0, tag: str = "") -> list[tuple[tuple[int, int], str]]:
    """Open a corpus file in a running server as an editor would and collect its inlay hints.

    Programs are opened with textDocument/didOpen; notebooks with notebookDocument/didOpen (one cell
    document per cell, markdown cells included) and hints are requested per code cell. Positions come
    back as (line of the joined source, column in characters).
    """
    from lsprotocol import types

    base = f"file:///tmp/torch_lsp_corpus/{next(_opened)}{tag}/{path.name}"
    hints: list[tuple[tuple[int, int], str]] = []
    if path.suffix != ".ipynb":
        text = path.read_text(encoding="utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=base, language_id="python", version=1, text=text)
            )
        )
        lines = text.split("\n")
        for hint in await _hints_of(client, base, len(lines), timeout, nonempty=True):
            line = hint.position.line
            hints.append(((line, utf16_to_char(lines[line], hint.position.character)), _label_text(hint.label)))
        return hints
    cells = notebook_cells(path)
    cell_uris = open_notebook(client, base, cells)
    code = [(uri, text) for (kind, text), uri in zip(cells, cell_uris, strict=False) if kind == "code"]
    deadline = time.monotonic() + timeout
    while not hints and time.monotonic() < deadline:
        for (uri, text), first in zip(code, cell_first_lines(path), strict=False):
            lines = text.split("\n")
            for hint in await _hints_of(client, uri, len(lines), timeout, nonempty=False):
                line = hint.position.line
                hints.append(
                    ((first + line, utf16_to_char(lines[line], hint.position.character)), _label_text(hint.label))
                )
        if not hints:
            await asyncio.sleep(0.2)
    return hints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help="also record the modules imported from this folder")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    if args.child:
        _child(args.paths[0].resolve(), Path(args.child), args.project)
        return
    for path in args.paths:
        truth = trace(path, project=args.project)
        print(f"== {path} ({truth.duration_s:.2f} s, {len(truth.tensor_targets())} tensor targets)")
        for file, targets in [(path, truth.targets), *truth.modules.items()]:
            lines = joined_source(file).split("\n")
            if file != path:
                print(f"-- {file}")
            for target in targets.values():
                observed = [list(s) for s in target.shapes] + target.others
                print(
                    f"{target.line + 1:>4}:{target.column:<3} {target.kind:<13} {target.name:<16} {observed}"
                    f"   | {lines[target.line].strip()}"
                )


if __name__ == "__main__":
    main()
