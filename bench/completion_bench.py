"""Completion latency of torch-lsp against jedi-language-server, on the same file, over stdio, in one run.

Run from the repository root (jedi-language-server comes with the `bench` extra:
`.venv/bin/pip install jedi-language-server`):

    .venv/bin/python bench/completion_bench.py [--samples 30]

For each server: spawn it, time `initialize` and the first `torch.` completion after that cold start
(the server has just opened the file), then time warm completions after `torch.`, `nn.`, `x.` (a
tensor) and inside `DataLoader(` (warm-up requests first, then `--samples` each). A case stops early
once it has taken `--case-budget` seconds, so that a server needing seconds per request does not
stretch the run past a few minutes; the table gives the number of samples behind each figure.
Prints p50 / p95 in milliseconds as a table and writes the raw samples as JSON under bench/results/
(gitignored).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_support import make_client, percentile
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pytest_lsp import client_capabilities

RESULTS = Path(__file__).parent / "results"
WARMUP = 3
MIN_SAMPLES = 5
SOURCE = """\
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

x = torch.randn(64, 3, 32, 32)
ds = TensorDataset(x, torch.zeros(64))
model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))
y = torch.
layer = nn.
z = x.
loader = DataLoader(ds, """
CASES = {"torch.": "y = torch.", "nn.": "layer = nn.", "x.": "z = x.", "DataLoader(": "loader = DataLoader(ds, "}


@dataclass
class Run:
    """One server's measurements (milliseconds)."""

    name: str
    initialize_ms: float = 0.0
    first_completion_ms: float = 0.0
    first_completion_items: int = 0
    spawn_to_first_completion_ms: float = 0.0
    samples: dict[str, list[float]] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)


def positions() -> dict[str, types.Position]:
    """The cursor at the end of each case's line."""
    lines = SOURCE.split("\n")
    return {case: types.Position(line=lines.index(text), character=len(text)) for case, text in CASES.items()}


async def complete(client: LanguageClient, uri: str, position: types.Position) -> tuple[float, int]:
    """One completion request: its latency in ms and the number of items."""
    start = time.perf_counter()
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    elapsed = (time.perf_counter() - start) * 1000
    items = result.items if isinstance(result, types.CompletionList) else (result or [])
    return elapsed, len(items)


async def sample(
    client: LanguageClient, uri: str, position: types.Position, samples: int, budget_s: float
) -> list[tuple[float, int]]:
    """Warm up, then time up to `samples` requests (at least MIN_SAMPLES, fewer once `budget_s` is spent)."""
    deadline = time.perf_counter() + budget_s
    for _ in range(WARMUP):
        await complete(client, uri, position)
        if time.perf_counter() > deadline:
            break
    timings: list[tuple[float, int]] = []
    while len(timings) < samples and (len(timings) < MIN_SAMPLES or time.perf_counter() < deadline):
        timings.append(await complete(client, uri, position))
    return timings


async def measure(name: str, command: list[str], folder: Path, samples: int, budget_s: float) -> Run:
    """Start one server, time its cold and warm completions, and shut it down."""
    path = folder / "bench_sample.py"
    uri = path.as_uri()
    run = Run(name)
    client = make_client("completion-bench")
    spawned = time.perf_counter()
    await client.start_io(*command)
    start = time.perf_counter()
    await client.initialize_async(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            process_id=None,
            root_uri=folder.as_uri(),
            locale="en",
        )
    )
    run.initialize_ms = (time.perf_counter() - start) * 1000
    client.initialized(types.InitializedParams())
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=SOURCE)
        )
    )
    where = positions()
    run.first_completion_ms, run.first_completion_items = await complete(client, uri, where["torch."])
    run.spawn_to_first_completion_ms = (time.perf_counter() - spawned) * 1000
    for case, position in where.items():
        timings = await sample(client, uri, position, samples, budget_s)
        run.samples[case] = [elapsed for elapsed, _ in timings]
        run.items[case] = timings[-1][1]
        print(f"  {name}: {case:<12} p50 {statistics.median(run.samples[case]):8.1f} ms", file=sys.stderr)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return run


def table(runs: list[Run]) -> str:
    """A Markdown table: initialize, first completion, and p50 / p95 per case."""
    header = [
        "server",
        "initialize",
        "first `torch.` (cold)",
        "spawn → first items",
        *[f"`{case}` p50 / p95" for case in CASES],
    ]
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for run in runs:
        cells = [
            run.name,
            f"{run.initialize_ms:,.0f} ms",
            f"{run.first_completion_ms:,.0f} ms ({run.first_completion_items} items)",
            f"{run.spawn_to_first_completion_ms:,.0f} ms",
        ]
        cells += [
            f"{percentile(run.samples[c], 0.5):,.1f} / {percentile(run.samples[c], 0.95):,.1f} ms "
            f"(n={len(run.samples[c])}, {run.items[c]} items)"
            for c in CASES
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


async def main() -> None:
    """Measure both servers and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="warm completions per case (default 30)")
    parser.add_argument(
        "--case-budget", type=float, default=25.0, help="seconds after which a case stops sampling (default 25)"
    )
    args = parser.parse_args()
    jedi_server = Path(sys.executable).parent / "jedi-language-server"
    if not jedi_server.exists():
        sys.exit("jedi-language-server is not installed: .venv/bin/pip install jedi-language-server")
    servers = {"torch-lsp": [sys.executable, "-m", "torch_lsp", "--stdio"], "jedi-language-server": [str(jedi_server)]}
    runs = []
    with tempfile.TemporaryDirectory(prefix="completion-bench-") as folder:
        for name, command in servers.items():
            print(f"measuring {name} …", file=sys.stderr)
            runs.append(await measure(name, command, Path(folder), args.samples, args.case_budget))
    print(table(runs))
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"completion-{time.strftime('%Y%m%d-%H%M%S')}.json"
    output.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "machine": platform.platform(),
                "samples": args.samples,
                "runs": [vars(run) for run in runs],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nraw results: {output}")


if __name__ == "__main__":
    asyncio.run(main())
