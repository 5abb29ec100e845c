"""Engine tests: `d.setdefault(key, default)` changes the dict: at a known key it sets the entry unless one is
there, at a key the engine does not know it leaves a dict of unknown entries, each an old value or the default.
Truths come from running each program."""

from engine_support import hints_and_truth

VOCABULARY = """
import os
import torch

counts = {}
counts.setdefault("rows", 3)
counts.setdefault("rows", 8)
grid = torch.zeros(counts.get("rows", 1), 2)
index = {}
for token in ("<pad>", "<unk>"):
    index.setdefault(token, len(index))
for word in os.environ.get("WORDS", "the cat sat").split():
    index.setdefault(word, len(index))
ids = torch.tensor([index.get(w, index["<unk>"]) for w in "a b c".split()], dtype=torch.int64)
"""


def test_setdefault_sets_an_absent_entry_and_opens_the_dict_at_an_unknown_key(monkeypatch):
    found, truth = hints_and_truth(VOCABULARY, monkeypatch)
    assert found["grid"] == truth["grid"] == "[3, 2]"  # the second call finds the entry the first one set
    assert truth["ids"] == "[3]" and found["ids"] in ("[?]", "[3]")  # each id an int, an entry or the default
