"""Unit tests: `isinstance` of a layer container (`nn.ModuleList`, `nn.Sequential`) against a torch class is decided
by its exact class."""

from engine_support import hints_and_truth

WALK = """
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv1d(channels, 2 * channels, 3)
        self.act = nn.ReLU()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.ModuleList([Block(2), Block(4)])
        self.shared = nn.Conv1d(8, 8, 1)
        self.again = self.shared


net = Net()
encoder_is_list = torch.zeros(2) if isinstance(net.encoder, nn.ModuleList) else torch.zeros(3)
encoder_is_conv = torch.zeros(2) if isinstance(net.encoder, nn.Conv1d) else torch.zeros(3)
"""


def test_a_layer_container_is_an_instance_of_its_torch_class_only(monkeypatch):
    found, truth = hints_and_truth(WALK, monkeypatch)
    for name in ("encoder_is_list", "encoder_is_conv"):
        assert found[name] == truth[name], name
