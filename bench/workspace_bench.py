"""A 500-file workspace: background indexing time, peak memory, and request latencies while it indexes.

Run from the repository root (about a minute on 2 CPUs):

    .venv/bin/python bench/workspace_bench.py [--files 500] [--seconds 60]

It generates a project into a temporary folder: packages of model modules that import each other with
relative imports and re-export from `__init__.py`, and training scripts importing them (each file 40-90
lines). torch-lsp is started on it over stdio as VS Code would (progress, inlay-hint refresh, dynamic file
watchers) and, right after `initialized`, one script is opened. It measures:

- time from `initialized` to the first inlay hints of the open script (the open file comes first);
- indexing time: `initialized` → the `$/progress` end of the workspace index;
- hover and completion latency (p50 / p95) on the open script, requested back to back while the index
  is being built, and once more after;
- the peak RSS of the server (VmHWM, its process tree) after indexing and after opening a module that
  many scripts import (whose hints then join their call sites).

Figures go to stdout and bench/results/workspace_bench.json (gitignored); nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_support import make_client, percentile
from lsprotocol import types
from perf_bench import tree_memory_kb
from pytest_lsp import client_capabilities

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsp_support import position_of

RESULTS = Path(__file__).parent / "results"
MODULES_PER_PACKAGE = 8

_LAYERS = """import torch
import torch.nn as nn
import torch.nn.functional as F

WIDTH_{i} = {width}


def conv_{i}(c_in, c_out):
    return nn.Conv2d(c_in, c_out, kernel_size=3, padding=1)


class Block{i}(nn.Module):
    def __init__(self, c_in={c_in}, c_out={c_out}):
        super().__init__()
        self.conv = conv_{i}(c_in, c_out)
        self.norm = nn.BatchNorm2d(c_out)
        self.pool = nn.MaxPool2d(2)

    def forward(self, x):
        h = self.conv(x)
        h = F.relu(self.norm(h))
        h = self.pool(h)
        return h
"""

_MODEL = """import torch
import torch.nn as nn

from .{previous} import Block{j}, WIDTH_{j}


class Net{i}(nn.Module):
    def __init__(self, classes={classes}):
        super().__init__()
        self.block = Block{j}()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(WIDTH_{j}, classes)

    def forward(self, x):
        h = self.block(x)
        h = self.pool(h).flatten(1)
        logits = self.head(h)
        return logits


def score_{i}(model, x):
    logits = model(x)
    probs = logits.softmax(dim=-1)
    return probs
"""

_SCRIPT = """import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

from {package} import Net{i}, score_{i}

images = torch.randn(256, 3, 32, 32)
labels = torch.randint(0, {classes}, (256,))
loader = DataLoader(TensorDataset(images, labels), batch_size=32, drop_last=True)
model = Net{i}({classes})
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()


def train_epoch():
    for xb, yb in loader:
        logits = model(xb)
        loss = loss_fn(logits, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss


last = train_epoch()
probs = score_{i}(model, torch.randn(4, 3, 32, 32))
top = torch.cat([probs, probs], dim=0)
"""


def generate(folder: Path, files: int) -> tuple[Path, Path]:
    """Write the workspace; returns (a script to open, a module many scripts import)."""
    per_package = MODULES_PER_PACKAGE * 2 + 1  # layers and model modules, and __init__.py
    packages = max(1, files // (per_package + 4))
    written = 0
    scripts: list[Path] = []
    for p in range(packages):
        package = folder / f"pkg{p:02d}"
        package.mkdir()
        exports = []
        for m in range(MODULES_PER_PACKAGE):
            i = p * 100 + m
            width = 8 * (m % 4 + 1)
            (package / f"layers{m}.py").write_text(_LAYERS.format(i=i, width=width, c_in=3, c_out=width))
            (package / f"model{m}.py").write_text(_MODEL.format(i=i, j=i, previous=f"layers{m}", classes=m % 5 + 2))
            exports.append(f"from .model{m} import Net{i}, score_{i}")
            written += 2
        (package / "__init__.py").write_text("\n".join(exports) + "\n")
        written += 1
    for n in range(files - written):
        owner, m = n % packages, (n // packages) % MODULES_PER_PACKAGE
        script = folder / f"train_{n:03d}.py"
        script.write_text(_SCRIPT.format(package=f"pkg{owner:02d}", i=owner * 100 + m, classes=m % 5 + 2))
        scripts.append(script)
    return scripts[0], folder / "pkg00" / "model0.py"


def capabilities() -> types.ClientCapabilities:
    """A current VS Code: progress, inlay hints with refresh, dynamically registered file watchers."""
    caps = client_capabilities("visual-studio-code")
    assert caps.text_document is not None and caps.workspace is not None
    caps.text_document.inlay_hint = types.InlayHintClientCapabilities(dynamic_registration=False)
    caps.workspace.inlay_hint = types.InlayHintWorkspaceClientCapabilities(refresh_support=True)
    caps.window = types.WindowClientCapabilities(work_done_progress=True)
    return caps


async def _hints(client: Any, uri: str) -> list[types.InlayHint]:
    return (
        await client.text_document_inlay_hint_async(
            types.InlayHintParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(
                    start=types.Position(line=0, character=0), end=types.Position(line=10_000, character=0)
                ),
            )
        )
        or []
    )


async def _timed(request: Any) -> float:
    start = time.perf_counter()
    await request
    return (time.perf_counter() - start) * 1000


def _summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    return {"n": len(values), "p50": percentile(values, 0.5), "p95": percentile(values, 0.95), "max": max(values)}


async def measure(folder: Path, script: Path, module: Path, seconds: float) -> dict[str, Any]:
    """Start torch-lsp on `folder` and take every measurement."""
    indexed = asyncio.Event()
    indexed_at: list[float] = []

    def on_progress(token: Any, value: Any) -> None:
        kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
        if token == "workspace-index" and kind == "end":
            indexed_at.append(time.perf_counter())
            indexed.set()

    client = make_client("workspace-bench", on_progress=on_progress)
    await client.start_io(sys.executable, "-m", "torch_lsp", "--stdio")
    assert client._server is not None
    pid = client._server.pid
    await client.initialize_async(
        types.InitializeParams(
            capabilities=capabilities(), process_id=os.getpid(), root_uri=folder.as_uri(), locale="en"
        )
    )
    client.initialized(types.InitializedParams())
    started = time.perf_counter()
    uri, text = script.as_uri(), script.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    hover_at = position_of(text, "nn.CrossEntropyLoss", offset=5)
    complete_at = position_of(text, "torch.cat", offset=len("torch."))
    first_hints_s = None
    during: dict[str, list[float]] = {"hover": [], "completion": []}
    after: dict[str, list[float]] = {"hover": [], "completion": []}
    while time.perf_counter() - started < seconds:
        if first_hints_s is None and await _hints(client, uri):
            first_hints_s = time.perf_counter() - started
        samples = after if indexed.is_set() else during
        samples["hover"].append(
            await _timed(
                client.text_document_hover_async(
                    types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=hover_at)
                )
            )
        )
        samples["completion"].append(
            await _timed(
                client.text_document_completion_async(
                    types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=complete_at)
                )
            )
        )
        if indexed.is_set() and len(after["hover"]) >= 30 and first_hints_s is not None:
            break
    index_s = indexed_at[0] - started if indexed_at else None
    rss_indexed_kb = tree_memory_kb(pid)
    module_uri = module.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=module_uri, language_id="python", version=1, text=module.read_text()
            )
        )
    )
    opened = time.perf_counter()
    module_hints = await _hints(client, module_uri)
    module_hints_s = time.perf_counter() - opened
    rss_final_kb = tree_memory_kb(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "files": sum(1 for _ in folder.rglob("*.py")),
        "first_hints_s": first_hints_s,
        "index_s": index_s,
        "hover_while_indexing_ms": _summary(during["hover"]),
        "completion_while_indexing_ms": _summary(during["completion"]),
        "hover_after_ms": _summary(after["hover"]),
        "completion_after_ms": _summary(after["completion"]),
        "peak_rss_after_indexing_mb": rss_indexed_kb / 1024,
        "module_with_call_sites_hints": len(module_hints),
        "module_with_call_sites_s": module_hints_s,
        "peak_rss_mb": rss_final_kb / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=90.0, help="the longest the requests may run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="torch_lsp_workspace_") as work:
        folder = Path(work)
        script, module = generate(folder, args.files)
        figures = asyncio.run(measure(folder, script, module, args.seconds))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "workspace_bench.json").write_text(json.dumps(figures, indent=2))
    print(f"load average {os.getloadavg()[0]:.1f}")
    for key, value in figures.items():
        print(f"{key:>32}: {value}")


if __name__ == "__main__":
    main()
