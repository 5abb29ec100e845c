"""Engine tests: `dict(pairs)` whose pairs the engine does not know one by one (keys read from the data) is a dict of
unknown keys whose values are the pairs' second items, and `dict(d)` of such a dict keeps its values. Truths come
from running the program."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

LABELS = """
import os
import numpy as np
import torch

words = os.environ["WORDS"].split()
classes = dict(zip(sorted(set(words)), range(len(words))))
label = torch.from_numpy(np.array([classes[words[0]]]))
spans = dict((w, [len(w), 1]) for w in words)
span = torch.tensor(spans[words[0]])
copied = dict(spans, extra=[0, 0])
copied_span = torch.tensor(copied[words[-1]])
"""


def test_a_dict_built_from_unknown_pairs_holds_their_second_items(monkeypatch):
    analysis = analyse(textwrap.dedent(LABELS), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    shapes = executed(LABELS, "WORDS", "cat dog cat bird", monkeypatch)
    truth = {name: str(list(shape)) for name, shape in shapes.items()}
    for name in ("label", "span", "copied_span"):
        assert found[name] == truth[name], name
