"""Engine tests: `np.repeat(a, n)` by a size `n` known only by name (`speakers, utterances = embeds.shape[:2]`)
makes the repeated axis `n` times as long, flattened or along the axis given, so GE2E-style labels
`np.repeat(np.arange(speakers), utterances)` keep their length."""

from engine_support import agrees, hints_and_truth

REPEATED = """
import numpy as np
import torch
import torch.nn as nn


def ge2e(embeds):
    speakers, utterances = embeds.shape[:2]
    scores = torch.zeros(speakers, utterances, speakers).reshape((speakers * utterances, speakers))
    labels = torch.from_numpy(np.repeat(np.arange(speakers), utterances)).long()
    columns = torch.from_numpy(np.repeat(np.zeros((speakers, 3)), utterances, axis=-1))
    rows = torch.from_numpy(np.repeat(np.ones((2, speakers)), utterances, axis=0))
    return nn.CrossEntropyLoss()(scores, labels), labels, columns, rows


batch = torch.randn(int(torch.randint(3, 7, ()).item()), int(torch.randint(2, 5, ()).item()), 8)
loss, labels, columns, rows = ge2e(batch)
"""


def test_a_size_repeats_each_item_that_many_times(monkeypatch):
    found, truth = hints_and_truth(REPEATED, monkeypatch)
    assert found.get("loss") == truth["loss"], found.get("loss")
    for name in ("labels", "columns", "rows"):
        assert found.get(name) is not None and agrees(found[name], truth[name]), (name, found.get(name), truth[name])
