"""Unit tests: `module.modules()` of a user module lists the module, then each child's modules in turn, each module
once, and a walk over them that only reads and initialises layers runs once per layer however many there are;
`isinstance` of a layer container (`nn.ModuleList`, `nn.Sequential`) against a torch class is decided by its exact
class, so a walk over `modules()` that tests for a layer kind reaches only those layers."""

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


net = Net()
listed = list(net.modules())
first_conv = listed[3].weight
last_weight = listed[-1].weight
for module in net.modules():
    if isinstance(module, (nn.Conv1d, nn.ConvTranspose1d)):
        spread = module.weight.std()
encoder_is_list = torch.zeros(2) if isinstance(net.encoder, nn.ModuleList) else torch.zeros(3)
encoder_is_conv = torch.zeros(2) if isinstance(net.encoder, nn.Conv1d) else torch.zeros(3)
"""


def test_modules_lists_every_layer_once(monkeypatch):
    found, truth = hints_and_truth(WALK, monkeypatch)
    for name in ("first_conv", "last_weight", "spread"):
        assert found[name] == truth[name], name


def test_a_layer_container_is_an_instance_of_its_torch_class_only(monkeypatch):
    found, truth = hints_and_truth(WALK, monkeypatch)
    for name in ("encoder_is_list", "encoder_is_conv"):
        assert found[name] == truth[name], name


DEEP_WALK = """
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.act = nn.ReLU()

    def forward(self, x):
        global inner
        inner = self.act(self.fc(x))
        return inner


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        global hidden
        hidden = self.fc(x)
        return hidden


class Deep(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        for _ in range(30):
            blocks.append(Block())
        self.body = nn.Sequential(*blocks)
        self.head = Head()
        self.initialise()

    def initialise(self):
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.head(self.body(x))


deep = Deep()
result = deep(torch.randn(2, 4))
"""


def test_a_walk_over_many_layers_keeps_the_model(monkeypatch):
    found, truth = hints_and_truth(DEEP_WALK, monkeypatch)
    for name in ("inner", "hidden", "result"):
        assert found[name] == truth[name], name
