"""Engine tests: a named size torch finds equal to a size of no name (`features` read from the environment, joined
with a second count read there that has no name) keeps its name in every hint that holds either. Truths come from
running the snippet."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

JOINED_COUNTS = """
import os
import torch

features = int(os.environ["FEATURES"])
rows = torch.randn(features, 2)
columns = torch.cat((rows, torch.randn(int(os.environ["FEATURES"]), 3)), dim=1)
"""


def test_a_named_size_found_equal_to_an_unnamed_one_keeps_its_name(monkeypatch):
    analysis = analyse(textwrap.dedent(JOINED_COUNTS), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = executed(JOINED_COUNTS, "FEATURES", "3", monkeypatch)
    assert list(truth["rows"]) == [3, 2] and list(truth["columns"]) == [3, 5]
    assert found["rows"] == "[features, 2]" and found["columns"] == "[features, 5]"
