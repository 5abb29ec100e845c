"""Benchmark of the shape engine through the protocol: accuracy on the corpus, latency, scaling.

    .venv/bin/python bench/shape_bench.py            # the whole run (a few minutes)
    .venv/bin/python bench/shape_bench.py --quick    # fewer repetitions

Prints one table and writes the raw numbers to bench/results/shape_bench-<time>.json (and
shape_bench-latest.json). The server runs with its default settings (analysis budget included), as
an editor would start it: `python -m torch_lsp --stdio` driven by pytest-lsp's client.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import shape_truth  # noqa: E402
from lsp_support import EditorClient, start, wait_until_ready  # noqa: E402
from lsprotocol import types  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SERVER_COMMAND = [sys.executable, "-m", "torch_lsp", "--stdio"]
COLD_FILE = shape_truth.CORPUS / "mnist_cnn_train.py"
FLOOR_IMPORTS = (
    "import lsprotocol.types, pygls.lsp.server, torch, torch.fx.experimental.symbolic_shapes; print(flush=True)"
)
WARM_FILES = ["mnist_cnn_train.py", "unet.py", "self_attention.py", "cheatsheet_math.py"]
SIZES = (100, 500, 1_000, 8_000)
VISIBLE_LINES = 60
_ANALYSED = re.compile(r"analysed (\S+): (\d+) lines in (\d+) ms")

HEADER = """\"\"\"Generated for bench/shape_bench.py: corpus blocks repeated with renamed variables.\"\"\"

import torch
import torch.nn as nn
import torch.nn.functional as F
"""

# One realistic block (a CNN, attention, an LSTM, a loader loop), 40 lines; {i} renames, {b} is the
# one-digit batch size the edit toggles, {s} varies sizes from block to block.
BLOCK = """

class Net_{i}(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 14 * 14, 10)

    def forward(self, x):
        x = F.relu(self.conv(x))
        x = F.max_pool2d(x, 2)
        x = torch.flatten(x, 1)
        return self.fc(x)


images_{i} = torch.randn({b}, 1, 28, 28)
model_{i} = Net_{i}()
logits_{i} = model_{i}(images_{i})
probs_{i} = logits_{i}.softmax(dim=1)
values_{i}, predicted_{i} = probs_{i}.max(dim=1)
q_{i} = torch.randn(2, 4, {s}, 8)
k_{i} = torch.randn(2, 4, {s}, 8)
att_{i} = (q_{i} @ k_{i}.transpose(-2, -1)).softmax(dim=-1)
ctx_{i} = (att_{i} @ q_{i}).transpose(1, 2).reshape(2, {s}, 32)
seq_{i} = torch.randn(3, {s}, 6)
lstm_{i} = nn.LSTM(6, 16, batch_first=True, bidirectional=True)
out_{i}, (h_{i}, c_{i}) = lstm_{i}(seq_{i})
last_{i} = torch.cat([h_{i}[-2], h_{i}[-1]], dim=1)
pooled_{i} = out_{i}.mean(dim=1)
x_{i} = torch.arange(24, dtype=torch.float32).reshape(4, 6)
cols_{i} = x_{i}[:, :3]
expanded_{i} = x_{i}[..., None].expand(4, 6, 2)
flat_{i} = expanded_{i}.reshape(-1)
top_{i} = torch.topk(x_{i}, k=2, dim=1)
mean_{i} = x_{i}.mean(dim=[0, 1], keepdim=True)
einsum_{i} = torch.einsum("ij,kj->ik", x_{i}, x_{i})
rows_{i} = [x_{i}[j] * 2 for j in range(4)]
stacked_{i} = torch.stack(rows_{i})
for step_{i} in range(2):
    stacked_{i} = stacked_{i} + 1.0
"""


def generated_source(lines: int) -> tuple[str, int]:
    """A program of exactly `lines` lines (whole blocks, then one-line creations), and the line whose
    batch-size digit the edit toggles (in the middle block)."""
    header_lines, block_lines = HEADER.count("\n"), BLOCK.count("\n")
    blocks = max(1, (lines - header_lines) // block_lines)
    parts = [HEADER] + [BLOCK.format(i=i, b=4 + i % 5, s=6 + i % 7) for i in range(blocks)]
    source = "".join(parts)
    filler = lines - 1 - source.count("\n")
    source += "".join(f"pad_{j} = torch.zeros({2 + j % 3}, {1 + j % 5})\n" for j in range(max(0, filler)))
    middle = blocks // 2
    edit_line = source.split("\n").index(f"images_{middle} = torch.randn({4 + middle % 5}, 1, 28, 28)")
    return source, edit_line


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


class Session:
    """One server process and its client."""

    options: ClassVar[dict] = {}

    def __init__(self) -> None:
        self.client = EditorClient()
        self.counter = 0

    async def open(self, wait_ready: bool = True) -> float:
        started = time.perf_counter()
        await self.client.start_io(*SERVER_COMMAND)
        await start(self.client, locale="en", options=self.options)
        if wait_ready:
            await wait_until_ready(self.client)
        return time.perf_counter() - started

    async def close(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_session(), 10)
        finally:
            await self.client.stop()

    def did_open(self, text: str, name: str) -> str:
        self.counter += 1
        uri = f"file:///tmp/torch_lsp_bench/{self.counter}/{name}"
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
            )
        )
        return uri

    async def hints(self, uri: str, lines: int) -> Sequence[types.InlayHint]:
        return (
            await self.client.text_document_inlay_hint_async(
                types.InlayHintParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=types.Range(
                        start=types.Position(line=0, character=0), end=types.Position(line=lines + 1, character=0)
                    ),
                )
            )
            or []
        )

    def analyses_logged(self, uri: str) -> list[tuple[float, bool]]:
        """The server's analyses of `uri`, oldest first, from its log ("analysed URI: N lines in T ms"):
        (milliseconds, whether symbolic sizes were available)."""
        found = []
        for message in self.client.log_messages:
            match = _ANALYSED.match(message.message)
            if match and match.group(1) == uri:
                found.append((float(match.group(3)), "symbolic sizes still loading" not in message.message))
        return found

    def last_analysis_ms(self, uri: str) -> float | None:
        """The duration of the latest analysis of `uri`."""
        logged = self.analyses_logged(uri)
        return logged[-1][0] if logged else None

    def complete_analysis_logged(self, uri: str) -> bool:
        """Whether the server logged an analysis of `uri` that had symbolic sizes available."""
        return any(complete for _, complete in self.analyses_logged(uri))

    async def hints_until_some(self, uri: str, lines: int, timeout: float = 120.0) -> Sequence[types.InlayHint]:
        deadline = time.monotonic() + timeout
        while True:
            result = await self.hints(uri, lines)
            if result or time.monotonic() > deadline:
                return result
            await asyncio.sleep(0.01)


# -- the measurements ----------------------------------------------------------------------------
async def measure_accuracy(session: Session) -> dict:
    files = shape_truth.corpus_files()
    truths = shape_truth.trace_all(files, cache_dir=RESULTS / "truth_cache")
    scores = []
    for path in files:
        error = None
        try:
            hints = await shape_truth.server_hints(session.client, path, tag="-bench")
        except Exception as failure:  # noqa: BLE001 one file failing must not stop the benchmark; recorded as its error
            hints, error = [], f"{type(failure).__name__}: {failure}"
        score = shape_truth.score(path.name, truths[path], hints, shape_truth.joined_source(path).split("\n"))
        score.error = error
        scores.append(score)
    totals = shape_truth.totals(scores)
    return {
        "table": shape_truth.table(scores),
        "files": [
            {
                "name": s.name,
                "targets": s.targets,
                "shown": s.shown,
                "correct": s.correct,
                "exact": s.exact,
                "symbolic": s.symbolic,
                "imprecise": s.imprecise,
                "wrong": s.wrong,
                "missing": s.missing,
                "unverified": s.unverified,
                "error": s.error,
            }
            for s in scores
        ],
        "precision": totals.precision,
        "exact_recall": totals.exact_recall,
        "symbolic_recall": totals.symbolic_recall,
        "wrong": totals.wrong,
        "shown": totals.shown,
        "targets": totals.targets,
        "best_exact_recall": totals.best_exact_recall,
        "single_shape_exact_recall": totals.single_shape_exact_recall,
    }


def import_floor_s() -> float:
    """Process spawn -> exit of a Python that only imports what any pygls server computing torch shapes
    must: lsprotocol and pygls, torch, and the symbolic-shape module every `torch._check` imports."""
    started = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", FLOOR_IMPORTS], stdout=subprocess.PIPE) as process:
        assert process.stdout is not None  # stdout=PIPE
        imported = process.stdout.readline()  # printed once imported: interpreter teardown is not counted
        elapsed = time.perf_counter() - started
        process.kill()
    assert imported, "the import floor process failed"
    return elapsed


async def measure_cold(runs: int) -> dict:
    text = COLD_FILE.read_text()
    lines = text.count("\n") + 1
    open_to_hints, spawn_to_hints, spawn_to_complete, first_shown, complete_shown = [], [], [], [], []
    floor = []
    for _ in range(runs):
        floor.append(import_floor_s())
        session = Session()
        spawned = time.perf_counter()
        await session.open(wait_ready=False)
        opened = time.perf_counter()
        uri = session.did_open(text, COLD_FILE.name)
        result = await session.hints_until_some(uri, lines)
        done = time.perf_counter()
        assert result, "no hints on a cold server"
        open_to_hints.append(done - opened)
        spawn_to_hints.append(done - spawned)
        while not session.complete_analysis_logged(uri):  # the first pass may lack symbolic sizes
            await asyncio.sleep(0.01)
        spawn_to_complete.append(time.perf_counter() - spawned)
        first_shown.append(len(result))
        complete_shown.append(len(await session.hints(uri, lines)))
        await session.close()
    return {
        "file": COLD_FILE.name,
        "didOpen_to_hints_s": open_to_hints,
        "spawn_to_hints_s": spawn_to_hints,
        "spawn_to_complete_hints_s": spawn_to_complete,
        "first_hints": first_shown,
        "complete_hints": complete_shown,
        "import_floor_s": floor,
    }


async def measure_warm(session: Session, runs: int) -> dict:
    samples: dict[str, list[float]] = {}
    for name in WARM_FILES:
        text = (shape_truth.CORPUS / name).read_text()
        lines = text.count("\n") + 1
        for _ in range(runs):
            opened = time.perf_counter()
            uri = session.did_open(text, name)
            result = await session.hints_until_some(uri, lines)
            samples.setdefault(name, []).append(time.perf_counter() - opened)
            assert result
    return {"didOpen_to_hints_s": samples}


async def measure_request_latency(session: Session, requests: int) -> dict:
    source, _ = generated_source(1_000)
    lines = source.count("\n") + 1
    uri = session.did_open(source, "latency.py")
    await session.hints_until_some(uri, lines)
    full, visible = [], []
    for _ in range(requests):
        started = time.perf_counter()
        await session.hints(uri, lines)
        full.append(time.perf_counter() - started)
    for index in range(requests):  # an editor asks for the visible range only
        first = (index * 37) % max(1, lines - 60)
        started = time.perf_counter()
        await session.client.text_document_inlay_hint_async(
            types.InlayHintParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(
                    start=types.Position(line=first, character=0), end=types.Position(line=first + 60, character=0)
                ),
            )
        )
        visible.append(time.perf_counter() - started)
    return {"document_lines": lines, "whole_document_s": full, "visible_60_lines_s": visible}


async def measure_edits(session: Session, size: int, edits: int) -> dict:
    source, edit_line = generated_source(size)
    lines = source.count("\n") + 1
    uri = session.did_open(source, f"generated_{size}.py")
    opened = time.perf_counter()
    first = await session.hints_until_some(uri, lines)
    first_s = time.perf_counter() - opened
    line_text = source.split("\n")[edit_line]
    column = line_text.index("randn(") + len("randn(")
    digit = line_text[column]
    samples, counts, reached, analysed_ms = [], [], [], []
    for version in range(2, edits + 2):
        digit = "5" if digit != "5" else "6"
        session.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=types.Position(line=edit_line, character=column),
                            end=types.Position(line=edit_line, character=column + 1),
                        ),
                        text=digit,
                    )
                ],
            )
        )
        started = time.perf_counter()
        await session.client.text_document_inlay_hint_async(
            types.InlayHintParams(  # the editor's visible range
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(
                    start=types.Position(line=max(0, edit_line - VISIBLE_LINES // 2), character=0),
                    end=types.Position(line=edit_line + VISIBLE_LINES // 2, character=0),
                ),
            )
        )
        samples.append(time.perf_counter() - started)
        analysed_ms.append(session.last_analysis_ms(uri))
        result = await session.hints(uri, lines)
        counts.append(len(result))
        reached.append(max((hint.position.line for hint in result), default=-1) + 1)
    return {
        "lines": lines,
        "first_open_s": first_s,
        "hints_first_open": len(first),
        "last_hinted_line_first_open": max((h.position.line for h in first), default=-1) + 1,
        "server_analysis_ms": analysed_ms,
        "hints_after_edit": counts,
        "last_hinted_line_after_edit": reached,
        "edit_to_hints_s": samples,
    }


# -- the report ----------------------------------------------------------------------------------
def ms(value: float) -> str:
    return f"{value * 1000:,.0f} ms"


def render(results: dict) -> str:
    acc = results["accuracy"]
    rows = [
        "torch-lsp shape engine benchmark",
        f"machine: {results['machine']['cpus']} CPUs, load {results['machine']['load_before']}, "
        f"python {results['machine']['python']}, torch {results['machine']['torch']}; "
        f"analysis budget {results['analysis_budget_s']}",
        "",
        acc["table"],
        "",
        f"{'metric':<58}{'value':>22}",
        "-" * 80,
        f"{'precision (correct / shown)':<58}{acc['precision']:>21.1%} ",
        f"{'exact recall (exact hints / tensor targets)':<58}{acc['exact_recall']:>21.1%} ",
        f"{'symbolic recall (correct symbolic hints / tensor targets)':<58}{acc['symbolic_recall']:>21.1%} ",
        f"{'wrong hints':<58}{acc['wrong']:>22}",
        f"{'(best possible exact recall on this corpus)':<58}{acc['best_exact_recall']:>21.1%} ",
        f"{'exact recall of the targets that held one shape':<58}{acc['single_shape_exact_recall']:>21.1%} ",
    ]
    cold = results["cold"]
    rows.append(
        f"{'cold: didOpen -> hints, ' + cold['file'] + ' (median)':<58}"
        f"{ms(statistics.median(cold['didOpen_to_hints_s'])):>22}"
    )
    rows.append(
        f"{'cold: process spawn -> first hints (median)':<58}{ms(statistics.median(cold['spawn_to_hints_s'])):>22}"
    )
    rows.append(
        f"{'cold: process spawn -> complete hints (median)':<58}"
        f"{ms(statistics.median(cold['spawn_to_complete_hints_s'])):>22}"
    )
    floor = statistics.median(cold["import_floor_s"])
    rows.append(f"{'cold: imports alone (pygls, torch, sympy), median':<58}{ms(floor):>22}")
    rows.append(
        f"{'cold: first hints minus imports alone (median)':<58}"
        f"{ms(statistics.median(cold['spawn_to_hints_s']) - floor):>22}"
    )
    counts = f"{statistics.median(cold['first_hints']):.0f} / {statistics.median(cold['complete_hints']):.0f}"
    rows.append(f"{'cold: hints shown first / complete (median)':<58}{counts:>22}")
    for name, values in results["warm"]["didOpen_to_hints_s"].items():
        rows.append(f"{'warm: didOpen -> hints, ' + name + ' (median)':<58}{ms(statistics.median(values)):>22}")
    lat = results["latency"]
    rows.append(
        f"{'warm inlayHint, whole ' + str(lat['document_lines']) + '-line file p50 / p95':<58}"
        f"{ms(percentile(lat['whole_document_s'], 50)) + ' / ' + ms(percentile(lat['whole_document_s'], 95)):>22}"
    )
    rows.append(
        f"{'warm inlayHint, 60 visible lines p50 / p95':<58}"
        f"{ms(percentile(lat['visible_60_lines_s'], 50)) + ' / ' + ms(percentile(lat['visible_60_lines_s'], 95)):>22}"
    )
    rows += [
        "",
        f"edit -> hints: a 1-char didChange (a batch-size digit in the middle of the file), then inlayHint "
        f"for the {VISIBLE_LINES} lines around it; analysis: the server's own timing of the re-analysis "
        f"(parse + interpretation, from its log)",
        f"{'file':<12}{'edit->hints p50':>16}{'p95':>9}{'analysis p50':>14}{'p95':>9}{'hints':>7}"
        f"{'analysed lines':>16}{'per line':>11}{'first open':>12}",
        "-" * 106,
    ]
    costs = []
    for edit in results["edits"]:
        p50, p95 = percentile(edit["edit_to_hints_s"], 50), percentile(edit["edit_to_hints_s"], 95)
        timings = [t / 1000 for t in edit["server_analysis_ms"] if t is not None]
        a50, a95 = percentile(timings, 50), percentile(timings, 95)
        shown = statistics.median(edit["hints_after_edit"])
        # the engine interprets top to bottom and stops at its time budget: the last hinted line says
        # how far it got
        analysed = statistics.median(edit["last_hinted_line_after_edit"])
        cost = a50 / max(1.0, analysed)
        costs.append((edit["lines"], cost))
        rows.append(
            f"{str(edit['lines']) + ' lines':<12}{ms(p50):>16}{ms(p95):>9}{ms(a50):>14}{ms(a95):>9}"
            f"{shown:>7.0f}{analysed:>16,.0f}{cost * 1e6:>8,.0f} µs{ms(edit['first_open_s']):>12}"
        )
    if len(costs) >= 2:
        (small_lines, small), (large_lines, large) = costs[0], costs[-1]
        ratio = large / small
        verdict = "about linear" if 0.5 <= ratio <= 2.0 else ("sub-linear" if ratio < 0.5 else "SUPER-LINEAR")
        rows.append(f"cost per analysed line, {large_lines} vs {small_lines} lines: x{ratio:.2f} ({verdict})")
        for edit in results["edits"]:
            analysed = statistics.median(edit["last_hinted_line_after_edit"])
            if analysed < 0.95 * edit["lines"]:
                rows.append(
                    f"{edit['lines']} lines: the analysis budget stopped the engine at line "
                    f"{analysed:.0f}; hints below it are missing"
                )
    return "\n".join(rows)


async def main(quick: bool, budget: float | None) -> dict:
    import importlib.metadata

    if budget is not None:
        Session.options = {"torchLsp": {"analysis": {"budgetSeconds": budget}}}

    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "load_before": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "python": platform.python_version(),
            "torch": importlib.metadata.version("torch"),
        },
        "quick": quick,
        "analysis_budget_s": budget or "default (2 s)",
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    began = time.perf_counter()
    phases = results["phase_s"] = {}

    async def phase(name: str, work):
        started = time.perf_counter()
        results[name] = await work
        phases[name] = round(time.perf_counter() - started, 1)

    await phase("cold", measure_cold(3 if quick else 5))
    session = Session()
    await session.open()
    try:
        await phase("accuracy", measure_accuracy(session))
        await phase("warm", measure_warm(session, 2 if quick else 5))
        await phase("latency", measure_request_latency(session, 20 if quick else 60))
        edits = []
        for size in SIZES:
            edits.append(
                await measure_edits(session, size, (4 if size > 1000 else 8) if quick else (8 if size > 1000 else 20))
            )
        results["edits"] = edits
    finally:
        await session.close()
    results["duration_s"] = time.perf_counter() - began
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Benchmark the shape engine through the protocol.")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--budget",
        type=float,
        metavar="S",
        help="the server's analysis budget in seconds (default: the product's, 2 s); a large "
        "one measures how the engine scales without the cut-off",
    )
    args = parser.parse_args()
    outcome = asyncio.run(main(args.quick, args.budget))
    report = render(outcome)
    print(report)
    print(f"\n(run took {outcome['duration_s']:.0f} s; phases {outcome['phase_s']})")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for name in (f"shape_bench-{stamp}.json", "shape_bench-latest.json"):
        (RESULTS / name).write_text(json.dumps(outcome, indent=2, ensure_ascii=False))
    print(f"raw results: {RESULTS / f'shape_bench-{stamp}.json'}")
