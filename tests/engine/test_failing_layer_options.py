"""Unit tests: a call of one of several torch layers leaves out a layer that raises on the input (a run that goes
on called another), so the result is what the others give."""

import pytest
from engine_support import hints_and_truth

HEAD_ON_EITHER = """
    import argparse
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self, width):
            super().__init__()
            self.body = nn.Linear(8, width)
            self.fc = nn.Linear(width, 6)

        def forward(self, x):
            return self.fc(self.body(x))

    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="small", choices=["small", "large"])
    args = parser.parse_args()
    backbone = {"small": Net(16), "large": Net(32)}[args.arch]
    width = backbone.fc.in_features
    backbone.fc = nn.Sequential(nn.Linear(width, width), nn.ReLU(), backbone.fc)
    features = backbone(torch.rand(4, 8))
"""


def test_a_layer_option_that_raises_is_left_out(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(HEAD_ON_EITHER, monkeypatch)
    assert found.get("features") == truth["features"]
