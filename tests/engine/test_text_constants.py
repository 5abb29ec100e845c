"""Constant strings and bytes: `text.encode()` folds to bytes, whose items are ints, and `text[i]`, `text[a:b]`
fold (an index out of range is no value); `torch.pi`, `torch.e`, `torch.inf` and `torch.nan` are the Python
floats they are."""

from engine_support import hints_and_truth

TEXT = """
import torch

text = "Hello, I am"
encoded = torch.tensor(list(text.encode("utf-8"))).unsqueeze(0)
word = torch.zeros(len(text[7:]))
letter = torch.zeros(len(text[0]))
stepped = torch.zeros(len(text[::2]))
scale = torch.sqrt(torch.tensor(2.0 / torch.pi))
masked = torch.zeros(2, 3).masked_fill(torch.ones(2, 3, dtype=torch.bool), -torch.inf)
"""


def test_constant_text_folds(monkeypatch):
    found, truth = hints_and_truth(TEXT, monkeypatch)
    for name in ("encoded", "word", "letter", "stepped", "scale", "masked"):
        assert found[name] == truth[name], name
    assert found["encoded"] == "[1, 11]"
