"""Engine tests: a `while` loop whose test the engine decides runs as Python runs it, one iteration at a time, so
the layers and lists it builds are exact; from a test it cannot decide on, the rest of the loop is a fix-point and
gives no exact guess. Truths come from running each program."""

from engine_support import hints_and_truth


def exact(source: str, monkeypatch, *names: str) -> None:
    """Each of `names` is hinted with exactly its executed shape."""
    found, truth = hints_and_truth(source, monkeypatch)
    for name in names:
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


STAGES = """
import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1)

    def forward(self, x):
        return torch.relu(self.conv(x))

class Net(nn.Module):
    def __init__(self, counts):
        super().__init__()
        self.in_channels = 4
        self.stage1 = self._make_stage(counts[0], 8, 1)
        self.stage2 = self._make_stage(counts[1], 16, 2)

    def _make_stage(self, num, out_channels, stride):
        layers = [Block(self.in_channels, out_channels, stride)]
        self.in_channels = out_channels
        while num - 1:
            layers.append(Block(self.in_channels, out_channels, 1))
            num -= 1
        return nn.Sequential(*layers)

    def forward(self, x):
        return self.stage2(self.stage1(x))

net = Net([2, 3])
y = net(torch.randn(2, 4, 12, 12))
"""


def test_a_stage_built_by_a_counting_while_loop_is_exact(monkeypatch):
    exact(STAGES, monkeypatch, "y")


FILLED = """
import torch

pieces = []
while len(pieces) < 3:
    pieces.append(torch.zeros(2, 5))
else:
    pieces.append(torch.ones(2, 5))
stacked = torch.stack(pieces)

width, steps = 1, 0
while width < 40:
    width *= 3
    steps += 1
grid = torch.zeros(steps, width)
"""


def test_a_list_filled_until_a_length_and_a_size_grown_until_a_bound_are_exact(monkeypatch):
    exact(FILLED, monkeypatch, "stacked", "grid")


def test_a_return_inside_a_decided_loop_ends_the_function(monkeypatch):
    source = """
    import torch

    def first_even_width(n):
        while n < 10:
            if n % 2 == 0:
                return torch.zeros(n)
            n += 1
        return torch.zeros(1, 1)

    out = first_even_width(3)
    """
    exact(source, monkeypatch, "out")


def test_an_undecided_test_leaves_the_rest_of_the_loop_to_the_fix_point(monkeypatch):
    source = """
    import torch

    t = torch.ones(6)
    while t.sum() > 2:
        t = t[1:]
    """
    found, truth = hints_and_truth(source, monkeypatch)
    assert truth["t"] == "[2]"
    assert found.get("t") in (None, "[?]"), found.get("t")
