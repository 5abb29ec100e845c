"""Unit tests: `torch.cat` of tensors whose other sizes the engine cannot compare (a count from the environment
against a known size) keeps its result: a run past the call had those sizes equal."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

SOURCE = """
import os
import torch

features = int(os.environ["FEATURES"])
series = torch.randn(4, 3, 5)
state = torch.zeros(1, 4, 8)
repeated = state.repeat(features, 1, 1).permute(1, 0, 2)
attended = torch.cat((repeated, repeated, series), dim=2)
reversed_order = torch.cat([series, repeated], dim=-1)
columns = torch.cat((torch.randn(features, 2), torch.randn(int(os.environ["FEATURES"]), 3)), dim=1)
"""


def test_cat_takes_the_known_size_where_the_others_cannot_be_compared(monkeypatch):
    analysis = analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = executed(SOURCE, "FEATURES", "3", monkeypatch)
    assert found["repeated"] == "[4, features, 8]" and list(truth["repeated"]) == [4, 3, 8]
    assert found["attended"] == "[4, 3, 21]" == str(list(truth["attended"]))
    assert found["reversed_order"] == "[4, 3, 13]" == str(list(truth["reversed_order"]))
    assert found["columns"] == "[features, 5]" and list(truth["columns"]) == [3, 5]
