"""Unit tests: a batch norm layer on a batch of a size torch cannot compare with 1 or 0 (a count a loop left) gives
its input's shape: the checks it makes on that size raise or not, they never change the result's shape."""

from engine_support import agrees, hints_and_truth

FRAMES = """
import random
import sys

import torch
import torch.nn as nn

random.seed(3)
width = int(sys.argv[1]) if len(sys.argv) > 1 else 8
frames = torch.zeros(32, 8)
wide = torch.zeros(32, width)
signal = random.randint(100, 200)
count = 0
end = 0
while end < signal:
    end = end + 5
    count = count + 1
    if count == 32:
        count = 0
if count > 0:
    batch = frames[0:count]
    trained = nn.BatchNorm1d(8)(batch)
    listed = nn.BatchNorm1d([8], momentum=0.05)(batch)
    frozen = nn.BatchNorm1d(8).eval()(batch)
    rows = wide[0:count]
    sized = nn.BatchNorm1d([width])(rows)
    steps = nn.BatchNorm1d(8)(frames[0:count].view(count, 8, 1).expand(count, 8, 5))
"""


def test_batch_norm_of_an_uncounted_batch_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(FRAMES, monkeypatch)
    assert "trained" in truth, "the run must reach the layers"
    for name in ("trained", "listed", "frozen", "sized", "steps"):
        assert found.get(name) is not None and agrees(found[name], truth[name]), name
    for name in ("trained", "listed", "frozen"):  # the batch's own size, not a size of no name
        assert found[name] == found["batch"], name
    assert found["sized"] == found["rows"]  # a layer sized by a symbol as well
