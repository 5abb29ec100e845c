"""Unit tests: `str.format` of a template with plain fields, applied to known numbers and strings, is folded, so a
layer named by it (`getattr(self, "block_{:d}".format(i + 1))`) is found and run; a template that looks up
attributes or nests fields stays unknown."""

from engine_support import agrees, hints_and_truth

BLOCKS = """
import torch
import torch.nn as nn


class Stages(nn.Module):
    def __init__(self):
        super().__init__()
        self.stage_1 = nn.Conv2d(3, 8, 3, padding=1)
        self.stage_2 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.stage_3 = nn.Conv2d(16, 32, 3, stride=2, padding=1)

    def forward(self, x):
        for k in range(3):
            x = getattr(self, "stage_{:d}".format(k + 1))(x)
        return x


images = torch.randn(2, 3, 32, 32)
features = Stages()(images)
second = getattr(Stages(), "{}_{}".format("stage", 2))(torch.randn(1, 8, 10, 10))
padded = torch.zeros(len("{:>4}|{name}".format(7, name="ab")))
looked_up = torch.zeros(len("{0.real}".format(5)))
"""


def test_a_formatted_name_picks_the_layer(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert found["features"] == truth["features"] == "[2, 32, 8, 8]"
    assert found["second"] == truth["second"] == "[1, 16, 5, 5]"
    assert found["padded"] == truth["padded"] == "[7]"
    assert found["looked_up"] != truth["looked_up"] and agrees(found["looked_up"], truth["looked_up"])
