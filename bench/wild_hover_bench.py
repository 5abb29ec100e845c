"""Hover on the wild set: every torch API use of the programs, hovered through the real server.

    python bench/wild_hover_bench.py                     # every program, locale zh-cn
    python bench/wild_hover_bench.py --files llama       # only programs whose name contains one of these
    python bench/wild_hover_bench.py --details           # and each use that has no verified example
    python bench/wild_hover_bench.py --json
    python bench/wild_hover_bench.py --set fresh         # a held-out set: holdout or fresh (all: every set)

The uses are found by bench/api_usage.py's reading of each program (bench/wild_bench.py assembles
them). A method call is a Tensor method when its receiver held a torch.Tensor when the program ran
(the receivers are recorded by executing the program with each method's receiver wrapped, like
tests/shape_truth.py records assignments); a call that never ran counts when its name is a Tensor
method name that builtins do not share. Each use is hovered at its name, once the server has analysed
the file, and classed: a verified example shown (the hover carries a ✓), documentation without a
verified example, or nothing.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import collections
import hashlib
import importlib.metadata
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import api_usage  # noqa: E402
import shape_truth  # noqa: E402
import wild_bench  # noqa: E402
from lsp_support import EditorClient, hover_text, open_document, open_notebook, start, wait_until_ready  # noqa: E402
from lsprotocol import types  # noqa: E402

VERIFIED, DOCS, EMPTY = "verified", "docs", "empty"
OUTCOMES = (VERIFIED, DOCS, EMPTY)
RECEIVER_TIMEOUT_S = 120.0
TORCH_VERSION = importlib.metadata.version("torch")


# -- which receivers were tensors ----------------------------------------------------------------
class _WrapReceivers(ast.NodeTransformer):
    """`a.view(...)` -> `__receiver__(line, column, a).view(...)` for every Tensor method name."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if isinstance(node.func, ast.Attribute) and node.func.attr in api_usage.TENSOR_METHOD_NAMES:
            line, column = api_usage._name_position(node.func, self.lines)
            node.func.value = ast.Call(
                func=ast.Name("__receiver__", ast.Load()),
                args=[ast.Constant(line), ast.Constant(column), node.func.value],
                keywords=[],
            )
        return node


def _child(path: Path, out: Path) -> None:
    import traceback

    import torch

    seen: dict[str, set[str]] = collections.defaultdict(set)

    def receiver(line: int, column: int, value):
        seen[f"{line}:{column}"].add("tensor" if isinstance(value, torch.Tensor) else type(value).__name__)
        return value

    source = shape_truth.runnable_source(path)
    tree = ast.fix_missing_locations(_WrapReceivers(source.split("\n")).visit(ast.parse(source)))
    sys.argv = [str(path)]
    torch.manual_seed(0)
    error = None
    try:
        exec(
            compile(tree, str(path), "exec"), {"__name__": "__main__", "__file__": str(path), "__receiver__": receiver}
        )
    except SystemExit:
        pass
    except Exception:  # noqa: BLE001 -- the program's own failure is reported to the parent
        error = traceback.format_exc()
    out.write_text(json.dumps({"error": error, "receivers": {k: sorted(v) for k, v in seen.items()}}))


def receiver_kinds(path: Path, cache_dir: Path) -> dict[tuple[int, int], list[str]]:
    """(line, column) of each executed Tensor-method name -> what its receiver held (cached)."""
    recorder = inspect.getsource(_WrapReceivers) + inspect.getsource(_child) + TORCH_VERSION
    digest = hashlib.sha256(path.read_bytes() + recorder.encode()).hexdigest()[:20]
    cached = cache_dir / f"{path.name}.{digest}.json"
    if not cached.is_file():
        with tempfile.TemporaryDirectory(prefix="wild_receivers_") as work:
            out = Path(work) / "receivers.json"
            env = {**os.environ, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "MPLBACKEND": "Agg"}
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(out), str(path)],
                cwd=work,
                env=env,
                capture_output=True,
                timeout=RECEIVER_TIMEOUT_S,
                check=True,
            )
            data = json.loads(out.read_text())
        if data["error"]:
            raise RuntimeError(f"{path} raised while recording receivers:\n{data['error']}")
        cache_dir.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(data))
    data = json.loads(cached.read_text())
    return {tuple(int(p) for p in key.split(":")): kinds for key, kinds in data["receivers"].items()}  # type: ignore[misc]


def program_uses(path: Path, cache_dir: Path) -> list[api_usage.Use]:
    """The program's torch API uses; method calls kept when their receiver was (or may be) a tensor."""
    receivers = receiver_kinds(path, cache_dir)
    kept = []
    for use in api_usage.find_uses(shape_truth.runnable_source(path), include_shared=True):
        if use.kind == api_usage.TENSOR_METHODS:
            held = receivers.get((use.line, use.column))
            if held is not None and "tensor" not in held:
                continue  # a module's or a list's method
            if held is None and use.name in api_usage.SHARED_WITH_BUILTINS:
                continue
        kept.append(use)
    return kept


# -- hovering ------------------------------------------------------------------------------------
def outcome(text: str | None) -> str:
    """How a hover answers: a verified example (✓), documentation only, or nothing."""
    if not text or not text.strip():
        return EMPTY
    return VERIFIED if "✓" in text else DOCS


def analysed(client, name: str) -> bool:
    """Whether the server has logged an analysis of the document called `name` ("analysed URI: ...")."""
    return any(m.message.startswith("analysed ") and name in m.message for m in client.log_messages)


async def hover_program(path: Path, uses: list[api_usage.Use], options: dict) -> list[str]:
    """Open `path` in a fresh server (locale zh-cn), wait for its analysis and hover at each use."""
    client = EditorClient()
    await client.start_io(*wild_bench.SERVER_COMMAND)
    try:
        await start(client, locale="zh-cn", options=options)
        await wait_until_ready(client)
        source = shape_truth.joined_source(path)
        if path.suffix == ".ipynb":
            cells = shape_truth.code_cells(path)
            uris = open_notebook(client, f"wild_{path.name}", cells)
            firsts = shape_truth.cell_first_lines(path)
        else:
            uris, firsts = [open_document(client, source, f"wild/{path.name}")], [0]
        deadline = time.monotonic() + 60
        while not analysed(client, path.name) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        lines = source.split("\n")
        found = []
        for use in uses:
            cell = max(index for index, first in enumerate(firsts) if first <= use.line)
            text = lines[use.line]
            column = use.column + len(use.name) // 2
            position = types.Position(
                line=use.line - firsts[cell], character=len(text[:column].encode("utf-16-le")) // 2
            )
            found.append(outcome(await hover_text(client, uris[cell], position)))
        return found
    finally:
        await client.shutdown_session()
        await client.stop()


# -- the report ----------------------------------------------------------------------------------
def worst(outcomes: list[str]) -> str:
    """A (file, API) pair is as good as its worst use."""
    return max(outcomes, key=OUTCOMES.index)


def figures(results: dict[str, list[tuple[api_usage.Use, str]]]) -> dict:
    """Outcomes by kind of API, per use and per (file, API) pair, and per file."""
    by_kind: dict[str, collections.Counter] = {kind: collections.Counter() for kind in api_usage.KINDS}
    pairs_by_kind: dict[str, collections.Counter] = {kind: collections.Counter() for kind in api_usage.KINDS}
    files = {}
    for name, found in results.items():
        pairs: dict[str, list[str]] = collections.defaultdict(list)
        for use, result in found:
            by_kind[use.kind][result] += 1
            pairs[use.api].append(result)
        kinds = {use.api: use.kind for use, _ in found}
        for api, outcomes in pairs.items():
            pairs_by_kind[kinds[api]][worst(outcomes)] += 1
        files[name] = dict(collections.Counter(result for _, result in found))
    return {"uses_by_kind": by_kind, "pairs_by_kind": pairs_by_kind, "files": files}


def _row(label: str, counts: collections.Counter | dict) -> str:
    total = sum(counts.values())
    shares = [counts.get(o, 0) / total if total else 0.0 for o in OUTCOMES]
    return f"{label:<42}{total:>6}" + "".join(f"{share:>11.0%}" for share in shares)


def render(results: dict[str, list[tuple[api_usage.Use, str]]], details: bool) -> str:
    """The tables: by kind (pairs, then every use), per file; with `details`, the uses without ✓."""
    data = figures(results)
    header = f"{'':<42}{'n':>6}{'✓ verified':>11}{'docs only':>11}{'nothing':>11}"
    rows = []
    for title, key in (("(file, API) pairs", "pairs_by_kind"), ("every use (hover position)", "uses_by_kind")):
        rows += [f"{title} by kind of API", header, "-" * len(header)]
        total: collections.Counter = collections.Counter()
        for kind in api_usage.KINDS:
            rows.append(_row(kind, data[key][kind]))
            total.update(data[key][kind])
        rows += ["-" * len(header), _row("all", total), ""]
    rows += ["every use, per file", header, "-" * len(header)]
    rows += [_row(name, counts) for name, counts in data["files"].items()]
    if details:
        lacking: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for found in results.values():
            for use, result in found:
                if result != VERIFIED:
                    lacking[use.api][result] += 1
        rows += ["", "APIs without a verified example, most uses first (docs only / nothing)"]
        ranked = sorted(lacking, key=lambda api: (-sum(lacking[api].values()), api))
        rows += [f"{api:<44}{lacking[api][DOCS]:>6}{lacking[api][EMPTY]:>6}" for api in ranked]
        for name, found in results.items():
            missing = [(use, result) for use, result in found if result != VERIFIED]
            rows += ["", f"== {name}: {len(missing)} of {len(found)} uses without a verified example"]
            rows += [f"{result:<6} {use.line + 1}:{use.column} {use.api}" for use, result in missing]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--files", nargs="+", metavar="PART", help="only programs whose name contains one of these")
    parser.add_argument("--set", choices=wild_bench.SETS, default="main", help="the main set, a held-out set, or all")
    parser.add_argument("--mirrors", type=Path, default=wild_bench.MIRRORS, help="where the fetched git copies are")
    parser.add_argument("--programs", type=Path, default=wild_bench.WILD / "programs", help="assembled programs")
    parser.add_argument("--receiver-cache", type=Path, default=wild_bench.WILD / "receiver_cache")
    parser.add_argument("--budget", type=float, default=20.0, help="the server's analysis budget in seconds")
    parser.add_argument("--details", action="store_true", help="list each use without a verified example")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.paths[0].resolve(), Path(args.child))
        return
    programs = wild_bench.selected(wild_bench.load_programs(), args.set, args.files)
    options = {"torchLsp": {"analysis": {"budgetSeconds": args.budget}}}
    results = {}
    for path in wild_bench.assemble_all(programs, args.mirrors, args.programs):
        uses = program_uses(path, args.receiver_cache)
        found = asyncio.run(hover_program(path, uses, options))
        results[path.stem] = list(zip(uses, found, strict=True))
    if args.json:
        data = figures(results)
        data["details"] = {
            name: [
                {"line": u.line + 1, "column": u.column, "api": u.api, "kind": u.kind, "outcome": r} for u, r in found
            ]
            for name, found in results.items()
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render(results, args.details))


if __name__ == "__main__":
    main()
