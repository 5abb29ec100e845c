"""Hover latency as an editor sees it, without an LSP client library's own costs.

Run from the repository root (about 30 s):

    PYTHONPATH=$PWD/server .venv/bin/python bench/hover_latency.py [--samples 60] [--runs 3]

A client that only frames JSON-RPC messages and parses them with `json` spawns `python -m torch_lsp --stdio`,
opens perf_bench's generated 500-line file and times hovers from the request's write to the arrival of its
answer, rotating over perf_bench's six positions (torch.cat, nn.Linear, a tensor variable, `.softmax`,
DataLoader, F.cross_entropy) in two windows:

- start-up: as soon as the file's first hints arrive, while the server still does its start-up work (the
  symbolic-shape machinery, the re-analysis with it, the workspace index, the examples checked ahead);
- warm: after that work (the hints' analysis is symbolic and the server has been idle for a few seconds).

Each window reports p50 / p95 / max over `--samples` hovers, and the first visit of each position apart
(it pays what is computed once per API or per document version); "first hints" is the time from spawning the
server to the first non-empty inlayHint answer for the file (asked right after `didOpen`), and "first hints,
reopened" the same for a second server opening the file after the first closed (its hints come from the first's
snapshot, see torch_lsp.hint_snapshots). pytest-lsp's client, which perf_bench uses, adds 3-5 ms of its own per
request on this machine (structuring every message with cattrs).
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from bench_support import percentile
from perf_bench import WARM_FILE_LINES, generate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsp_support import frame, position_of, read_message

SETTLE_S = 8.0


class RawClient:
    """JSON-RPC over the server's stdio: requests are timed from their write to their answer's arrival."""

    def __init__(self, command: list[str], cwd: str) -> None:
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd)
        self._arrived: queue.SimpleQueue[tuple[float, dict[str, Any]]] = queue.SimpleQueue()
        self._next_id = 0
        threading.Thread(target=self._read, args=(self._process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        while (message := read_message(stream)) is not None:
            self._arrived.put((time.perf_counter(), message))

    def _write(self, message: dict[str, Any]) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(frame(message))
        self._process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        """Send a notification."""
        self._write({"method": method, "params": params})

    def request(self, method: str, params: Any) -> tuple[float, Any]:
        """Send a request; its answer's result and the milliseconds it took (server requests get null)."""
        self._next_id += 1
        sent = time.perf_counter()
        self._write({"id": self._next_id, "method": method, "params": params})
        while True:
            arrived, message = self._arrived.get()
            if "method" in message and "id" in message:
                self._write({"id": message["id"], "result": None})
            elif message.get("id") == self._next_id and "method" not in message:
                return (arrived - sent) * 1000, message.get("result")

    def close(self) -> None:
        """Shut the server down."""
        self.request("shutdown", None)
        self.notify("exit", None)
        self._process.wait(timeout=30)


def _summary(samples: list[float]) -> str:
    if len(samples) == 1:
        return f"{samples[0]:.0f} ms"
    return f"p50 {statistics.median(samples):.1f} / p95 {percentile(samples, 0.95):.1f} / max {max(samples):.1f} ms"


def opened(folder: str, uri: str, text: str) -> tuple[RawClient, float]:
    """A server spawned on `folder` with `uri` open, and the milliseconds from its spawn to the file's first
    non-empty hints (asked right after `didOpen`)."""
    spawned = time.perf_counter()
    client = RawClient([sys.executable, "-m", "torch_lsp", "--stdio"], folder)
    client.request(
        "initialize", {"processId": os.getpid(), "rootUri": Path(folder).as_uri(), "capabilities": {}, "locale": "en"}
    )
    client.notify("initialized", {})
    client.notify(
        "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}
    )
    everything = {"start": {"line": 0, "character": 0}, "end": {"line": WARM_FILE_LINES, "character": 0}}
    while not client.request("textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": everything})[1]:
        time.sleep(0.05)
    return client, (time.perf_counter() - spawned) * 1000


def measure(samples: int) -> dict[str, list[float]]:
    """One server: hover latencies of the start-up and warm windows, and of each position's first visit; then
    a second server on the same file: its first hints come from the first one's snapshot."""
    text = generate(WARM_FILE_LINES)
    with tempfile.TemporaryDirectory(prefix="hover-latency-") as folder:
        path = Path(folder) / "warm_500.py"
        path.write_text(text)
        uri = path.as_uri()
        client, first_hints = opened(folder, uri, text)
        middle = text.count("class Net") // 2
        places = [
            position_of(text, "torch.cat", occurrence=middle, offset=len("torch.c")),
            position_of(text, "nn.Linear", occurrence=middle, offset=len("nn.Li")),
            position_of(text, f"probs{middle} = logits{middle}", offset=len(f"probs{middle} = lo")),
            position_of(text, "softmax", occurrence=middle, offset=3),
            position_of(text, "DataLoader(", occurrence=middle, offset=4),
            position_of(text, "cross_entropy", occurrence=middle, offset=4),
        ]

        def series() -> list[float]:
            return [
                client.request(
                    "textDocument/hover",
                    {"textDocument": {"uri": uri}, "position": {"line": place.line, "character": place.character}},
                )[0]
                for place in (places[i % len(places)] for i in range(samples))
            ]

        start_up = series()
        while not client.request("workspace/executeCommand", {"command": "torch-lsp.status"})[1].get("symbolicShapes"):
            time.sleep(0.1)
        time.sleep(SETTLE_S)
        warm = series()
        client.close()
        reopened, reopened_hints = opened(folder, uri, text)
        reopened.close()
    return {
        "first hints": [first_hints],
        "first hints, reopened": [reopened_hints],
        "start-up": start_up,
        "first visits": start_up[: len(places)],
        "warm": warm,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60, help="hovers per window (default 60)")
    parser.add_argument("--runs", type=int, default=3, help="servers spawned one after the other (default 3)")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for run in range(1, args.runs + 1):
        figures = measure(args.samples)
        print(f"run {run}: " + "; ".join(f"{window} {_summary(values)}" for window, values in figures.items()))


if __name__ == "__main__":
    main()
