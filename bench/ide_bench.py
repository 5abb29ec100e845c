"""Signature help, go-to-definition and jedi: latencies of torch-lsp on the 500-line file of perf_bench.

Run from the repository root (about a minute on 2 CPUs):

    .venv/bin/python bench/ide_bench.py [--samples 30]

Over the protocol (one torch-lsp spawned over stdio, its workspace a temporary folder holding the file):

- signature help p50 / p95, positions rotating over torch calls with shapes (`torch.cat(`, a tensor
  method, `F.cross_entropy(`), a torch layer's constructor and a user module's `forward`;
- the server's resident memory before jedi's first question and after the definitions;
- go to definition: the first one that needs jedi (torch.cat, a C function: its stub), measured from the
  request to the first non-empty answer (asked again while jedi is past its budget); then warm p50 / p95
  rotating over a user class, a torch Python function (no jedi) and torch.cat again.

In this process (jedi in its worker thread, as the server runs it), on the same file: jedi's first
question (the type of an optimizer), the same question again (the cached answer), another question
about the same version (jedi's inference state warm) and the first question about a new version.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_support import make_client, percentile
from lsprotocol import types
from perf_bench import capabilities, generate, hints_when_done, ident, open_doc, ready, series, tree_memory_kb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsp_support import position_of

LINES = 500
RESULTS = Path(__file__).parent / "results"


async def over_protocol(folder: Path, text: str, samples: int) -> dict[str, list[float] | float]:
    """Signature help and definition latencies of a spawned server, in ms."""
    path = folder / "main.py"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client = make_client("ide-bench")
    await client.start_io(sys.executable, "-m", "torch_lsp", "--stdio")
    await client.initialize_async(
        types.InitializeParams(capabilities=capabilities(), process_id=None, root_uri=folder.as_uri())
    )
    client.initialized(types.InitializedParams())
    await ready(client, "torch-lsp")
    open_doc(client, uri, text)
    await hints_when_done(client, uri)
    pid = client._server.pid
    figures: dict[str, list[float] | float] = {"rss_before_jedi_mb": tree_memory_kb(pid, "VmRSS") / 1024}
    calls = ["torch.cat([images1.flatten(1), ", "probs1.max(", "F.cross_entropy(logits1, ", "nn.Conv2d(1, ", "model1("]
    places = [position_of(text, needle, offset=len(needle)) for needle in calls]
    turn = iter(range(1_000_000))
    labels: set[str] = set()

    async def signature() -> None:
        position = places[next(turn) % len(places)]
        found = await client.text_document_signature_help_async(
            types.SignatureHelpParams(text_document=ident(uri), position=position)
        )
        if found is not None:
            labels.add(found.signatures[found.active_signature].label)

    figures["signature_help"] = await series(signature, samples)
    print("signatures shown:", *sorted(labels), sep="\n  ")
    targets = [position_of(text, "cat"), position_of(text, "Net1", occurrence=1), position_of(text, "relu")]

    async def definition(position: types.Position) -> list[types.Location]:
        found = await client.text_document_definition_async(
            types.DefinitionParams(text_document=ident(uri), position=position)
        )
        return list(found or [])

    start = time.perf_counter()
    while not await definition(targets[0]) and time.perf_counter() - start < 120:
        pass
    figures["definition_first_jedi"] = (time.perf_counter() - start) * 1000

    async def warm_definition() -> None:
        await definition(targets[next(turn) % len(targets)])

    figures["definition"] = await series(warm_definition, samples)
    figures["rss_after_jedi_mb"] = tree_memory_kb(pid, "VmRSS") / 1024
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return figures


async def in_process(folder: Path, text: str) -> dict[str, float]:
    """jedi's first, cached, warm and new-version latencies on the file, in ms."""
    importlib.import_module("torch")  # as in the server: jedi inspects the torch this process has imported
    from torch_lsp.features.jedi_names import JediNames, source_of

    names = JediNames(lambda: str(folder))
    uri = (folder / "main.py").as_uri()
    optimizer = position_of(text, "optimizer1", occurrence=1)
    conv = position_of(text, "conv1", occurrence=1)
    figures: dict[str, float] = {}

    async def timed(name: str, version: int, line: int, column: int) -> None:
        source = source_of(uri, text + "\n" * version, (version,))
        start = time.perf_counter()
        await names.ask(source, "type", names.type_of(line, column), 600.0, line, column)
        figures[name] = (time.perf_counter() - start) * 1000

    await timed("jedi_first", 1, optimizer.line, optimizer.character)
    await timed("jedi_cached", 1, optimizer.line, optimizer.character)
    await timed("jedi_warm_other_question", 1, conv.line, conv.character)
    await timed("jedi_new_version", 2, optimizer.line, optimizer.character)
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="warm requests per series (default 30)")
    args = parser.parse_args()
    text = generate(LINES)
    with tempfile.TemporaryDirectory(prefix="ide-bench-") as name:
        folder = Path(name)
        protocol = await over_protocol(folder, text, args.samples)
        local = await in_process(folder, text)
    for key, value in protocol.items():
        if isinstance(value, list):
            print(f"{key}: p50 {statistics.median(value):.1f} ms, p95 {percentile(value, 0.95):.1f} ms ({len(value)})")
        else:
            print(f"{key}: {value:.0f}" + ("" if key.endswith("_mb") else " ms"))
    for key, value in local.items():
        print(f"{key}: {value:.1f} ms")
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"ide-{time.strftime('%Y%m%d-%H%M%S')}.json"
    output.write_text(json.dumps({"protocol": protocol, "in_process": local}, indent=2), encoding="utf-8")
    print(f"raw results: {output}")


if __name__ == "__main__":
    asyncio.run(main())
