"""Unit tests: a batch-norm layer fixes the rank and channels of an input the engine does not know (a batch read
from files), so what it and the layers after it give has that rank and those channels."""

from engine_support import agrees, hints_and_truth

UNSEEN_BATCH = """
import pickle

import torch
import torch.nn as nn

batch = pickle.loads(pickle.dumps(torch.randn(2, 3, 10, 12)))
volume = pickle.loads(pickle.dumps(torch.randn(2, 4, 3, 5, 6)))
stem = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8), nn.ReLU(inplace=True))
features = stem(batch)
pooled = nn.MaxPool2d(2)(features)
upsampled = nn.ConvTranspose2d(8, 8, kernel_size=2, stride=2)(pooled)
skipped = torch.cat((upsampled, features), dim=1)
normed = nn.BatchNorm2d(3)(batch)
normed_volume = nn.BatchNorm3d(4)(volume)
counted = nn.BatchNorm2d(3, affine=False)(batch)
loose = nn.BatchNorm2d(3, affine=False, track_running_stats=False)(batch)
rows = nn.BatchNorm1d(3)(batch[:, :, 0])
"""


def test_batch_norm_fixes_the_rank_and_channels_of_an_unseen_input(monkeypatch):
    found, truth = hints_and_truth(UNSEEN_BATCH, monkeypatch)
    expected = {
        "features": "[?, 8, ?, ?]",
        "pooled": "[?, 8, ?, ?]",
        "upsampled": "[?, 8, ?, ?]",
        "skipped": "[?, 16, ?, ?]",
        "normed": "[?, 3, ?, ?]",
        "normed_volume": "[?, 4, ?, ?, ?]",
        "counted": "[?, 3, ?, ?]",
    }
    for name, hint in expected.items():
        assert found.get(name) == hint and agrees(hint, truth[name]), name
    assert "loose" not in found and "rows" not in found  # any channel count; a 1-d norm takes two ranks
