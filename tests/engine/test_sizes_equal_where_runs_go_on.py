"""Engine tests: a call that needs two sizes the engine cannot relate equal (a model built on the training
vocabulary run on text encoded with the validation one, both read from files) raises whenever they differ, so a run
that goes on past it has them equal: its result is the one they give equal, and the call still warns that it may
raise. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

TWO_VOCABULARIES = """
import json
import os
import tempfile
import torch
from torch import nn

folder = tempfile.mkdtemp()
for split in ("train", "dev"):
    with open(os.path.join(folder, split + ".json"), "w") as file:
        json.dump(list("abcdefg"), file)


class Vocabulary:
    def __init__(self, path):
        with open(path) as file:
            self.chars = "".join(json.load(file))

    def encode(self, length):
        return torch.zeros(len(self.chars), length)


train = Vocabulary(os.path.join(folder, "train.json"))
dev = Vocabulary(os.path.join(folder, "dev.json"))
channels = len(train.chars)
conv = nn.Conv1d(channels, 16, kernel_size=3)
seen = conv(train.encode(50)[None])
unseen = conv(dev.encode(50)[None])
counts = train.encode(50) + dev.encode(50)
scores = train.encode(5).T @ dev.encode(8)
"""


def test_a_call_that_needs_two_unrelated_sizes_equal_gives_its_result_for_them_equal(monkeypatch):
    found, truth = hints_and_truth(TWO_VOCABULARIES, monkeypatch)
    assert found["seen"] == truth["seen"] == "[1, 16, 48]"
    assert found["unseen"] == truth["unseen"] == "[1, 16, 48]"
    assert found["scores"] == truth["scores"] == "[5, 8]"
    assert found["counts"] == "[?, 50]" and agrees(found["counts"], truth["counts"])
