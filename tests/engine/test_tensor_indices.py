"""Engine tests: Python reads a 0-d integer tensor as an int through `__index__`, so a list indexed by one
(`batch[order[i]]`, a collate function walking samples in sorted order) is one of the list's items, and a legacy
constructor given one as a size (`torch.LongTensor(len(batch), lengths[0])`) has that size. Truths come from
running the program."""

from engine_support import hints_and_truth

COLLATE = """
import os
import torch

extra = len(os.environ.get("UNUSED", ""))
batch = [(torch.ones(5 + extra, dtype=torch.long), torch.randn(8, 7))]
batch.append((torch.ones(3, dtype=torch.long), torch.randn(8, 7)))
lengths, order = torch.sort(torch.LongTensor([len(x[0]) for x in batch]), dim=0, descending=True)
longest = lengths[0]
padded = torch.LongTensor(len(batch), longest)
padded.zero_()
for i in range(len(order)):
    mel = batch[order[i]][1]
    frames = torch.FloatTensor(len(batch), mel.size(0), mel.size(1))
    text = batch[order[i]][0]
    padded[i, : text.size(0)] = text
"""


def test_a_0d_integer_tensor_indexes_a_list_and_sizes_a_legacy_constructor(monkeypatch):
    found, truth = hints_and_truth(COLLATE, monkeypatch)
    assert found["padded"] == "[2, longest]" and truth["padded"] == "[2, 5]"
    for name in ("mel", "frames"):
        assert found[name] == truth[name], name
    assert found["text"] == "[?]"
