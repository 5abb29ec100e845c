"""Engine tests: a layer that may be None (`self.dropout = None`, then a layer when a rate is positive) called
behind a test the engine cannot narrow (`self.training and self.dropout is not None`): calling None raises, so a
run that goes on called the layer. Truths come from running the program."""

from engine_support import hints_and_truth

OPTIONAL_DROPOUT = """
import os
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, dropout):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.dropout = None
        if dropout > 0:
            self.dropout = nn.Dropout2d(p=dropout)

    def forward(self, x):
        x = self.conv(x)
        if self.training and self.dropout is not None:
            x = self.dropout(x)
        return x


rate = len(os.environ.get("UNUSED", "")) / 10  # a rate the engine does not know
features = Encoder(rate)(torch.zeros(2, 3, 16, 16))
"""


def test_a_layer_that_may_be_none_is_called_as_the_layer(monkeypatch):
    found, truth = hints_and_truth(OPTIONAL_DROPOUT, monkeypatch)
    assert found["features"] == truth["features"] == "[2, 8, 8, 8]"
