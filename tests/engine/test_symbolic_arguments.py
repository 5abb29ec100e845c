"""Engine tests: ops given a size the program reads at run time. torch's results at the engine's large sample
sizes must hold at small ones too (`x.split(n)` of 5 rows is one chunk only for n >= 5), and an op the engine
cannot evaluate has no value, not None. Truths come from running each program with several sizes."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

SIZES = ("1", "2", "3", "5")

SPLITS = """
import os
import torch
n = int(os.environ["PIECES"])
rows = torch.eye(5)
parts = rows.split(n)
first = parts[0]
count = torch.zeros(len(parts))
chunks = rows.chunk(n)
head = chunks[0]
windows = rows.unfold(0, n, 1)
marker = torch.zeros(1) if windows is None else torch.zeros(2)
"""


def hints(source: str) -> dict[str, list[str]]:
    """name -> the dims of its last hint."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: analysis.shape_text(b.value).strip("[]").split(", ") for b in analysis.hints()}


def test_results_hold_for_every_size_the_program_runs_with(monkeypatch):
    found = hints(SPLITS)
    truths = [executed(SPLITS, "PIECES", pieces, monkeypatch) for pieces in SIZES]
    assert found["rows"] == ["5", "5"]
    assert "marker" not in found or found["marker"] != ["1"]
    for name, dims in found.items():
        for truth in truths:
            assert len(dims) == len(truth[name]), name
            for dim, size in zip(dims, truth[name], strict=True):
                assert not dim.isdigit() or int(dim) == size, f"{name}: {dims} but ran as {list(truth[name])}"
