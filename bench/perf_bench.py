"""The performance budget: torch-lsp against jedi-language-server, python-lsp-server and a bare pygls server.

Run from the repository root, in one command (about 5-8 minutes on 2 CPUs):

    .venv/bin/pip install jedi-language-server python-lsp-server   # the `bench` extra
    .venv/bin/python bench/perf_bench.py [--samples 30] [--quick] [--servers torch-lsp,pylsp]

Every server is spawned by this process over stdio (one process tree), one after the other, on the
same generated files (renamed copies of a realistic ~30-line block: a CNN module, data, a training
loop, reductions, `torch.cat`). For each server it measures:

- `initialize`: spawn → `initialize` result. A bare pygls server that imports pygls and does
  nothing else is measured in the same run; torch-lsp's figure is also printed as a ratio to it
  (importing `lsprotocol.types` alone takes ~0.65 s on this kind of machine); the bare server is
  spawned three times and its median is the reference.
- first hover: spawn → the answer to a hover on `torch.cat`, sent right after `initialized` and
  `didOpen` of the 500-line file (a knowledge-base hover for torch-lsp; the same position for others).
- warm hover p50 / p95 on the 500-line file (positions rotate over torch.cat, nn.Linear, a tensor
  variable, a method, DataLoader, F.cross_entropy), warm completion p50 / p95 right after `torch.`,
  warm inlayHint p50 / p95 over the whole file (torch-lsp only: the others have none).
- for files of 100, 1,000 and 10,000 lines: didOpen → hints (torch-lsp, started with a 120 s
  analysis budget so that the analysis runs to the end; polled when a request times out), and for the
  others didOpen → a hover on the file's last `torch.cat` as the nearest equivalent; the peak RSS
  (VmHWM of the server process and its descendants, /proc) after each file is loaded.
- a soak: 2,000 incremental didChange edits to the 500-line document with an inlayHint request
  every 50 edits; torch-lsp's RSS before and after, and the latency of those hint requests.
- torch-lsp's op-cache hit rate, measured in-process (the server has no API for it): this process
  imports `torch_lsp.analysis.engine.OP_CACHE` and runs `analyse()` twice over the files.

It prints one table with the budgets beside the figures and writes the raw numbers as JSON under
bench/results/ (gitignored). Timings are wall-clock on a shared machine: the load average is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import textwrap
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_support import make_client, percentile
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pytest_lsp import client_capabilities

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsp_support import position_of

RESULTS = Path(__file__).parent / "results"
BIN = Path(sys.executable).parent
SIZES = [100, 1_000, 10_000]
WARM_FILE_LINES = 500
SOAK_EDITS = 2_000
SOAK_EVERY = 50
SERIES_BUDGET_S = 45.0
MIN_SAMPLES = 10
BARE_PYGLS = textwrap.dedent("""\
    from pygls.lsp.server import LanguageServer
    LanguageServer("bare-pygls", "0").start_io()
""")
BUDGETS = {
    "initialize": "≤ 300 ms",
    "first_hover": "≤ 500 ms after start",
    "hover": "p95 ≤ 20 ms",
    "completion": "p95 ≤ 50 ms",
    "inlay": "≤ 20 ms",
    "analysis": "linear in size",
    "rss": "≤ 700 MB",
}

HEADER = """\
import torch
from torch import nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset
"""


def block(i: int) -> str:
    """One realistic block with its names suffixed by `i` (sizes vary with `i`)."""
    classes, channels, n, batch = 10 + i % 3, 8 * (1 + i % 2), 64 * (1 + i % 4), 16 * (1 + i % 3)
    return f'''

class Net{i}(nn.Module):
    """Block {i}: a small CNN classifier."""

    def __init__(self, classes: int = {classes}):
        super().__init__()
        self.conv1 = nn.Conv2d(1, {channels}, 3, padding=1)
        self.conv2 = nn.Conv2d({channels}, {2 * channels}, 3, padding=1)
        self.fc = nn.Linear({2 * channels} * 7 * 7, classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc(x)


images{i} = torch.randn({n}, 1, 28, 28)
labels{i} = torch.randint(0, {classes}, ({n},))
loader{i} = DataLoader(TensorDataset(images{i}, labels{i}), batch_size={batch}, shuffle=True, drop_last=True)
model{i} = Net{i}()
optimizer{i} = torch.optim.SGD(model{i}.parameters(), lr=0.01)
for xb{i}, yb{i} in loader{i}:
    logits{i} = model{i}(xb{i})
    loss{i} = F.cross_entropy(logits{i}, yb{i})
    optimizer{i}.zero_grad()
    loss{i}.backward()
    optimizer{i}.step()
probs{i} = logits{i}.softmax(dim=1)
values{i}, predicted{i} = probs{i}.max(dim=1)
features{i} = torch.cat([images{i}.flatten(1), probs{i}.new_zeros({n}, {classes})], dim=1)
'''


def generate(lines: int) -> str:
    """Whole blocks until the file has at least `lines` lines, cut back to exactly `lines` at a block end."""
    parts, count, i = [HEADER], HEADER.count("\n"), 0
    while count < lines:
        text = block(i)
        if count + text.count("\n") > lines and i > 0:
            break
        parts.append(text)
        count += text.count("\n")
        i += 1
    source = "".join(parts)
    padding = lines - source.count("\n")
    return source + "# padding\n" * max(0, padding)


def tree_memory_kb(pid: int, field_name: str = "VmHWM") -> int:
    """`field_name` of a process plus its descendants (kB), from /proc."""
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith(field_name + ":"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(p) for p in (task / "children").read_text().split())
        except (OSError, StopIteration):
            continue
    return total


@dataclass
class Run:
    """One server's measurements (milliseconds, kB)."""

    name: str
    initialize_ms: float = 0.0
    first_hover_ms: float | None = None
    first_hover_kb: bool = False
    first_completion_ms: float | None = None
    samples: dict[str, list[float]] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)
    open_ms: dict[int, float | None] = field(default_factory=dict)
    open_hints: dict[int, int] = field(default_factory=dict)
    rss_kb: dict[int, int] = field(default_factory=dict)
    soak: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def capabilities() -> types.ClientCapabilities:
    """A current VS Code: the recorded 1.65 capabilities plus inlay hints (no refresh) and diagnostics pull."""
    caps = client_capabilities("visual-studio-code")
    assert caps.text_document is not None  # the recorded capabilities have a textDocument section
    caps.text_document.inlay_hint = types.InlayHintClientCapabilities(dynamic_registration=False)
    return caps


def ident(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def timed(awaitable: Awaitable[Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = await awaitable
    return (time.perf_counter() - start) * 1000, result


async def series(request: Callable[[], Awaitable[Any]], samples: int, warmup: int = 3) -> list[float]:
    """Warm up, then time `samples` requests (at least MIN_SAMPLES; fewer once SERIES_BUDGET_S is spent)."""
    deadline = time.perf_counter() + SERIES_BUDGET_S
    for _ in range(warmup):
        await request()
    timings: list[float] = []
    while len(timings) < samples and (len(timings) < MIN_SAMPLES or time.perf_counter() < deadline):
        elapsed, _ = await timed(request())
        timings.append(elapsed)
    return timings


def count_items(result: Any) -> int:
    if isinstance(result, types.CompletionList):
        return len(result.items)
    return len(result or [])


async def ready(client: LanguageClient, name: str, timeout: float = 120.0) -> None:
    """torch-lsp: wait until torch has loaded (its status command)."""
    if name != "torch-lsp":
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.status"))
        if status is None or status["state"] != "loading":
            return
        await asyncio.sleep(0.05)


async def hints_when_done(client: LanguageClient, uri: str, limit_s: float = 240.0) -> tuple[float, int]:
    """Time until the server's inlayHint answer for `uri` is non-empty (polling past its 10 s wait)."""
    start = time.perf_counter()
    while True:
        result = await client.text_document_inlay_hint_async(
            types.InlayHintParams(
                text_document=ident(uri),
                range=types.Range(
                    start=types.Position(line=0, character=0), end=types.Position(line=1_000_000, character=0)
                ),
            )
        )
        if result or time.perf_counter() - start > limit_s:
            return (time.perf_counter() - start) * 1000, len(result or [])


def open_doc(client: LanguageClient, uri: str, text: str) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )


async def measure(name: str, command: list[str], folder: Path, files: dict[int, str], samples: int, soak: bool) -> Run:
    """Start one server, take every measurement, shut it down."""
    run = Run(name)
    client = make_client("perf-bench")
    options = {"torchLsp": {"analysis": {"budgetSeconds": 120.0}}} if name == "torch-lsp" else None
    spawned = time.perf_counter()
    await client.start_io(*command)
    pid = client._server.pid
    await client.initialize_async(
        types.InitializeParams(
            capabilities=capabilities(),
            process_id=os.getpid(),
            root_uri=folder.as_uri(),
            locale="en",
            initialization_options=options,
        )
    )
    run.initialize_ms = (time.perf_counter() - spawned) * 1000
    client.initialized(types.InitializedParams())
    if name == "bare-pygls":
        await shutdown(client)
        return run

    warm_text = files[WARM_FILE_LINES]
    warm_uri = (folder / "warm_500.py").as_uri()
    open_doc(client, warm_uri, warm_text)
    middle = warm_text.count("class Net") // 2
    cat = position_of(warm_text, "torch.cat", occurrence=middle, offset=len("torch.c"))
    hover = await client.text_document_hover_async(types.HoverParams(text_document=ident(warm_uri), position=cat))
    run.first_hover_ms = (time.perf_counter() - spawned) * 1000
    run.first_hover_kb = hover is not None and "cat" in str(hover.contents)
    after_dot = position_of(warm_text, "torch.cat", occurrence=middle, offset=len("torch."))
    run.first_completion_ms, first = await timed(
        client.text_document_completion_async(types.CompletionParams(text_document=ident(warm_uri), position=after_dot))
    )
    run.items["first completion"] = count_items(first)
    await ready(client, name)

    hover_positions = [
        cat,
        position_of(warm_text, "nn.Linear", occurrence=middle, offset=len("nn.Li")),
        position_of(warm_text, f"probs{middle} = logits{middle}", offset=len(f"probs{middle} = lo")),
        position_of(warm_text, "softmax", occurrence=middle, offset=3),
        position_of(warm_text, "DataLoader(", occurrence=middle, offset=4),
        position_of(warm_text, "cross_entropy", occurrence=middle, offset=4),
    ]
    turn = iter(range(10**9))

    async def hover_request():
        position = hover_positions[next(turn) % len(hover_positions)]
        return await client.text_document_hover_async(
            types.HoverParams(text_document=ident(warm_uri), position=position)
        )

    async def completion_request():
        return await client.text_document_completion_async(
            types.CompletionParams(text_document=ident(warm_uri), position=after_dot)
        )

    async def inlay_request():
        return await client.text_document_inlay_hint_async(
            types.InlayHintParams(
                text_document=ident(warm_uri),
                range=types.Range(
                    start=types.Position(line=0, character=0), end=types.Position(line=WARM_FILE_LINES, character=0)
                ),
            )
        )

    run.samples["hover"] = await series(hover_request, samples)
    print(f"  {name}: hover p50 {statistics.median(run.samples['hover']):.1f} ms", file=sys.stderr)
    run.samples["completion"] = await series(completion_request, samples)
    run.items["completion"] = count_items(await completion_request())
    print(f"  {name}: completion p50 {statistics.median(run.samples['completion']):.1f} ms", file=sys.stderr)
    if name == "torch-lsp":
        await hints_when_done(client, warm_uri)
        run.items["inlay"] = count_items(await inlay_request())
        run.samples["inlay"] = await series(inlay_request, samples)

    for size in SIZES:
        text = files[size]
        uri = (folder / f"generated_{size}.py").as_uri()
        open_doc(client, uri, text)
        if name == "torch-lsp":
            run.open_ms[size], run.open_hints[size] = await hints_when_done(client, uri)
        else:
            last = position_of(text, "torch.cat", occurrence=text.count("torch.cat") - 1, offset=len("torch.c"))
            elapsed, _ = await timed(
                client.text_document_hover_async(types.HoverParams(text_document=ident(uri), position=last))
            )
            run.open_ms[size] = elapsed
        run.rss_kb[size] = tree_memory_kb(pid)
        print(
            f"  {name}: {size} lines open {run.open_ms[size]:,.0f} ms, peak RSS {run.rss_kb[size] / 1024:.0f} MB",
            file=sys.stderr,
        )

    if soak and name == "torch-lsp":
        run.soak = await soak_test(client, pid, warm_uri, warm_text)
    await shutdown(client)
    return run


async def soak_test(client: LanguageClient, pid: int, uri: str, text: str) -> dict[str, Any]:
    """SOAK_EDITS incremental edits (a batch-size digit toggled), an inlayHint request every SOAK_EVERY."""
    await hints_when_done(client, uri)
    before = {"rss_kb": tree_memory_kb(pid, "VmRSS"), "hwm_kb": tree_memory_kb(pid, "VmHWM")}
    target = position_of(text, "torch.randn(", occurrence=text.count("torch.randn(") // 2, offset=len("torch.randn("))
    latencies: list[float] = []
    start = time.perf_counter()
    for edit in range(1, SOAK_EDITS + 1):
        replacement = "7" if edit % 2 else "6"
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=edit + 1),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=target, end=types.Position(line=target.line, character=target.character + 1)
                        ),
                        text=replacement,
                    )
                ],
            )
        )
        if edit % SOAK_EVERY == 0:
            elapsed, _ = await timed(hints_when_done(client, uri))
            latencies.append(elapsed)
        elif edit % 10 == 0:
            await asyncio.sleep(0)
    total_s = time.perf_counter() - start
    after = {"rss_kb": tree_memory_kb(pid, "VmRSS"), "hwm_kb": tree_memory_kb(pid, "VmHWM")}
    return {
        "edits": SOAK_EDITS,
        "every": SOAK_EVERY,
        "seconds": total_s,
        "hint_ms": latencies,
        "before": before,
        "after": after,
    }


async def shutdown(client: LanguageClient) -> None:
    try:
        await asyncio.wait_for(client.shutdown_async(None), 30)
        client.exit(None)
    except Exception:  # noqa: BLE001 a server that cannot shut down cleanly is killed below
        pass
    server = client._server
    if server is not None:
        try:
            await asyncio.wait_for(server.wait(), 10)
        except Exception:  # noqa: BLE001 whatever the wait raises, the server is killed
            server.kill()
    await client.stop()


def op_cache_rate(files: dict[int, str]) -> dict[str, Any]:
    """Analyse every file twice in this process and report OP_CACHE hits per pass."""
    import torch
    from torch_lsp.analysis.engine import OP_CACHE, analyse

    torch.set_num_threads(1)
    result: dict[str, Any] = {}
    for label in ("pass 1 (cold)", "pass 2 (warm)"):
        hits, misses = OP_CACHE.hits, OP_CACHE.misses
        durations, completed = {}, {}
        for size in sorted(files):
            begin = time.perf_counter()
            analysis = analyse(files[size], torch, "cpu", 4096, 600.0)
            durations[size] = time.perf_counter() - begin
            completed[size] = analysis.completed
        lookups = OP_CACHE.hits - hits + OP_CACHE.misses - misses
        result[label] = {
            "hits": OP_CACHE.hits - hits,
            "misses": OP_CACHE.misses - misses,
            "hit_rate": (OP_CACHE.hits - hits) / lookups if lookups else 0.0,
            "seconds": durations,
            "completed": completed,
        }
    return result


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} ms"


def p50_p95(values: list[float] | None) -> str:
    if not values:
        return "—"
    return f"{percentile(values, 0.5):,.1f} / {percentile(values, 0.95):,.1f} ms (n={len(values)})"


def report(runs: list[Run], cache: dict[str, Any] | None, load: str) -> str:
    by_name = {run.name: run for run in runs}
    servers = [run for run in runs if run.name != "bare-pygls"]
    bare = by_name.get("bare-pygls")
    rows: list[tuple[str, str, list[str]]] = []

    def row(label: str, budget: str, cells: list[str]) -> None:
        rows.append((label, budget, cells))

    init_cells = []
    for run in servers:
        cell = fmt_ms(run.initialize_ms)
        if bare and bare.initialize_ms:
            cell += f" ({run.initialize_ms / bare.initialize_ms:.2f}× bare pygls)"
        init_cells.append(cell)
    row("spawn → `initialize` result", BUDGETS["initialize"], init_cells)
    row(
        "spawn → first hover on `torch.cat`",
        BUDGETS["first_hover"],
        [fmt_ms(r.first_hover_ms) + ("" if r.first_hover_kb else " (empty)") for r in servers],
    )
    row(
        "first completion after `torch.` (cold)",
        "—",
        [f"{fmt_ms(r.first_completion_ms)} ({r.items.get('first completion', 0)} items)" for r in servers],
    )
    row("warm hover p50 / p95 (500 lines)", BUDGETS["hover"], [p50_p95(r.samples.get("hover")) for r in servers])
    row(
        "warm completion `torch.` p50 / p95",
        BUDGETS["completion"],
        [p50_p95(r.samples.get("completion")) + f", {r.items.get('completion', 0)} items" for r in servers],
    )
    row(
        "warm inlayHint p50 / p95 (500 lines)",
        BUDGETS["inlay"],
        [
            p50_p95(r.samples.get("inlay")) + (f", {r.items.get('inlay', 0)} hints" if r.samples.get("inlay") else "")
            for r in servers
        ],
    )
    for size in SIZES:
        label = f"didOpen → hints, {size:,} lines" + (" (others: → hover at end)" if size == SIZES[0] else "")
        cells = []
        for r in servers:
            value = r.open_ms.get(size)
            cell = fmt_ms(value)
            if r.name == "torch-lsp" and value is not None:
                cell += f", {r.open_hints.get(size, 0)} hints, {value / size:.2f} ms/line"
            cells.append(cell)
        row(label, BUDGETS["analysis"] if size == SIZES[-1] else "", cells)
    for size in SIZES:
        row(
            f"peak RSS after the {size:,}-line file",
            BUDGETS["rss"],
            [f"{r.rss_kb[size] / 1024:,.0f} MB" if size in r.rss_kb else "—" for r in servers],
        )
    names = [r.name for r in servers]
    lines = [
        f"load average at start: {load}",
        "",
        "| measure | budget | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    lines += [f"| {label} | {budget} | " + " | ".join(cells) + " |" for label, budget, cells in rows]
    if bare:
        lines.append(
            "\nbare pygls server (imports pygls, does nothing): spawn → `initialize` "
            f"{fmt_ms(bare.initialize_ms)}, the median of three spawns ({'; '.join(bare.notes)})"
        )
    torch_run = by_name.get("torch-lsp")
    if torch_run and torch_run.soak:
        soak = torch_run.soak
        lines.append(
            f"\nsoak (torch-lsp): {soak['edits']:,} didChange edits, inlayHint every {soak['every']}: "
            f"{soak['seconds']:.1f} s; hint latency p50 / p95 {p50_p95(soak['hint_ms'])}; "
            f"RSS {soak['before']['rss_kb'] / 1024:,.0f} MB → {soak['after']['rss_kb'] / 1024:,.0f} MB "
            f"(peak {soak['before']['hwm_kb'] / 1024:,.0f} → {soak['after']['hwm_kb'] / 1024:,.0f} MB)"
        )
    if cache:
        lines.append(
            "\nop-cache hit rate (measured in-process: this process imports "
            "torch_lsp.analysis.engine.OP_CACHE and runs analyse() twice over the files; "
            "the server has no API for it):"
        )
        for label, data in cache.items():
            seconds = ", ".join(
                f"{size:,} lines {s:.2f} s{'' if data['completed'][size] else ' (incomplete)'}"
                for size, s in data["seconds"].items()
            )
            lines.append(
                f"- {label}: {data['hit_rate']:.1%} ({data['hits']:,} hits / "
                f"{data['hits'] + data['misses']:,} lookups); analyse(): {seconds}"
            )
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="warm requests per series (default 30)")
    parser.add_argument(
        "--servers", default="bare-pygls,torch-lsp,jedi-language-server,pylsp", help="comma-separated subset to run"
    )
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-line file, the soak and the cache pass")
    args = parser.parse_args()
    if args.quick:
        del SIZES[2:]
    commands = {
        "bare-pygls": [sys.executable, "-c", BARE_PYGLS],
        "torch-lsp": [sys.executable, "-m", "torch_lsp", "--stdio"],
        "jedi-language-server": [str(BIN / "jedi-language-server")],
        "pylsp": [str(BIN / "pylsp")],
    }
    wanted = [name for name in args.servers.split(",") if name]
    for name in wanted:
        if name not in commands:
            sys.exit(f"unknown server {name!r}")
        if not Path(commands[name][0]).exists():
            sys.exit(f"{name} is not installed: .venv/bin/pip install jedi-language-server python-lsp-server")
    files = {size: generate(size) for size in sorted({*SIZES, WARM_FILE_LINES})}
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    began = time.perf_counter()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="perf-bench-") as folder:
        for name in wanted:
            print(f"measuring {name} …", file=sys.stderr)
            if name == "bare-pygls":
                # The reference: median of three spawns (the first one also pays a cold file cache).
                bare = [
                    await measure(name, commands[name], Path(folder), files, args.samples, soak=False) for _ in range(3)
                ]
                run = sorted(bare, key=lambda r: r.initialize_ms)[1]
                run.notes.append("initialize of 3 spawns: " + ", ".join(f"{r.initialize_ms:.0f} ms" for r in bare))
                runs.append(run)
                continue
            runs.append(await measure(name, commands[name], Path(folder), files, args.samples, soak=not args.quick))
    cache = None
    if not args.quick and "torch-lsp" in wanted:
        print("op cache, in-process …", file=sys.stderr)
        cache = op_cache_rate({size: files[size] for size in (*SIZES, WARM_FILE_LINES)})
    text = report(runs, cache, load)
    print(text)
    print(f"\ntotal {time.perf_counter() - began:.0f} s")
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"perf-{time.strftime('%Y%m%d-%H%M%S')}.json"
    output.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "machine": platform.platform(),
                "load_average": load,
                "samples": args.samples,
                "budgets": BUDGETS,
                "runs": [vars(run) for run in runs],
                "op_cache": cache,
            },
            indent=2,
            default=str,
        ),
        encoding="utf-8",
    )
    print(f"raw results: {output}")


if __name__ == "__main__":
    asyncio.run(main())
