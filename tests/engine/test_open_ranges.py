"""Engine tests: `torch.arange` with bounds whose values are unknown (read from a configuration the engine cannot
see) makes a 1-D tensor of unknown length, of the dtype given or the one the bounds' kinds decide. Truths come
from running each program."""

from engine_support import hints_and_truth

EMBEDDING = """
import json
import os
import torch

config = json.loads(os.environ.get("UNUSED") or '{"dim": 16, "end": 3.0}')
half = torch.arange(start=0, end=config["dim"] // 2, dtype=torch.float32)
freqs = 10000 ** (half / 8)
steps = torch.arange(0, float(config["end"]), 0.5)
grid = steps[:, None] * freqs[None, :]
ids = torch.arange(config["dim"])
"""


def test_unknown_bounds_make_one_dimension_of_unknown_length(monkeypatch):
    found, truth = hints_and_truth(EMBEDDING, monkeypatch)
    assert found.get("half") == found.get("freqs") == found.get("steps") == "[?]"
    assert truth["half"] == truth["freqs"] == "[8]"
    assert truth["steps"] == "[6]"
    assert found.get("grid") == "[?, ?]" and truth["grid"] == "[6, 8]"


def test_bounds_of_unknown_kind_leave_the_dtype_unknown(monkeypatch):
    found, truth = hints_and_truth(EMBEDDING, monkeypatch)
    assert "ids" not in found and truth["ids"] == "[16]"
