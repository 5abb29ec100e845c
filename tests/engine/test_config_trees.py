"""Engine tests: a configuration tree turned into namespaces by `setattr` in a recursive function (a dict display
is exactly a dict, so `isinstance(value, dict)` is decided on it), and a bare `nn.Module()` used as a holder of
the layers stored on it (`stage = nn.Module(); stage.conv = ...`). Truths come from running the program."""

from engine_support import hints_and_truth

CONFIG_TREE = """
import argparse

import torch
from torch import nn


def to_namespace(tree):
    namespace = argparse.Namespace()
    for key, value in tree.items():
        setattr(namespace, key, to_namespace(value) if isinstance(value, dict) else value)
    return namespace


config = to_namespace({"data": {"channels": 3, "size": 12}, "model": {"width": 8, "levels": [1, 2]}, "batch": 2})
images = torch.randn(config.batch, config.data.channels, config.data.size, config.data.size)


class Encoder(nn.Module):
    def __init__(self, config):
        super().__init__()
        width = config.model.width
        self.stem = nn.Conv2d(config.data.channels, width, 3, padding=1)
        self.stages = nn.ModuleList()
        channels = width
        for level, factor in enumerate(config.model.levels):
            stage = nn.Module()
            stage.conv = nn.Conv2d(channels, width * factor, 3, padding=1)
            if level != len(config.model.levels) - 1:
                stage.down = nn.Conv2d(width * factor, width * factor, 3, stride=2, padding=1)
            channels = width * factor
            self.stages.append(stage)
        self.middle = nn.Module()
        self.middle.norm = nn.GroupNorm(4, channels)

    def forward(self, x):
        x = self.stem(x)
        for level, stage in enumerate(self.stages):
            x = stage.conv(x)
            if level != len(self.stages) - 1:
                x = stage.down(x)
        return self.middle.norm(x)


encoded = Encoder(config)(images)
"""


def test_a_configuration_tree_and_bare_module_holders_keep_their_sizes(monkeypatch):
    found, truth = hints_and_truth(CONFIG_TREE, monkeypatch)
    for name in ("images", "encoded"):
        assert found[name] == truth[name], name
