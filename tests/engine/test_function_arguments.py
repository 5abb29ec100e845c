"""Engine tests: a torch function given as an argument to a torch layer (`activation=F.gelu`) reaches torch as that
function, so the layer is built."""

import pytest
from engine_support import hints_and_truth

GELU_LAYERS = """
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Block(nn.TransformerEncoderLayer):
        def forward(self, x):
            return self.norm2(x + self.linear2(F.gelu(self.linear1(x))))

    chosen = F.gelu
    plain = nn.TransformerEncoderLayer(24, 4, 48, activation=chosen, batch_first=True, dropout=0.0)
    mine = Block(24, 4, 48, activation=F.relu, batch_first=True)
    x = torch.randn(3, 5, 24)
    encoded = plain(x)
    blocked = mine(x[:, :2])
"""


def test_torch_functions_reach_torch_as_layer_arguments(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(GELU_LAYERS, monkeypatch)
    assert set(truth) == {"x", "encoded", "blocked"}
    assert {name: found.get(name) for name in truth} == truth
