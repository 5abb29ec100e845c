"""Engine tests: `d.get(key, default)` at a key the engine does not know, or of a dict whose entries it does not
know (a vocabulary built from the data), is some entry's value or the default. Truths come from running each
program."""

import sys
import textwrap

import torch
from torch_lsp.analysis.engine import analyse

VOCABULARY = """
import sys
import torch

words = open(sys.argv[0]).read().split()[:12]
itos = ["<unk>", "<pad>"] + sorted(set(words))
stoi = {token: index for index, token in enumerate(itos)}
unk = stoi["<unk>"]
ids = torch.tensor([stoi.get(w, unk) for w in words])
first = torch.tensor([stoi.get(words[0], 0), stoi.get(words[1], unk)])
known = {"a": 1, "b": 2}
sized = torch.zeros(known.get(words[0], 3), 4)
missing = torch.zeros(2, known.get("z", 5))
"""


def test_get_at_unknown_keys_is_an_entry_or_the_default(monkeypatch):
    monkeypatch.setattr(sys, "argv", [__file__])
    analysis = analyse(textwrap.dedent(VOCABULARY), torch, "cpu", 4096, 30.0)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    names: dict[str, object] = {}
    exec(textwrap.dedent(VOCABULARY), names)
    truth = {n: list(v.shape) for n, v in names.items() if isinstance(v, torch.Tensor)}
    assert truth["ids"] == [12] and found["ids"] == "[?]"  # as many ids as words, whose number the file decides
    assert found["first"] == str(truth["first"]) == "[2]"
    assert found["sized"] == "[?, 4]"  # 1, 2 or 3 rows
    assert found["missing"] == str(truth["missing"]) == "[2, 5]"
