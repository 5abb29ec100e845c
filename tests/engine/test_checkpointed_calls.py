"""Engine tests: `torch.utils.checkpoint.checkpoint(fn, *args)` gives what `fn(*args)` gives, a module or a function,
and what is inferred inside `fn` stands. Truths come from running the program."""

from engine_support import hints_and_truth

CHECKPOINTS = """
import torch
import torch.utils.checkpoint as cp
from torch import nn
from torch.utils.checkpoint import checkpoint


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)

    def forward(self, x):
        global inside
        inside = self.fc(x)
        return inside


def joined(a, b):
    global halves
    halves = torch.cat([a, b], dim=1)
    return halves


block = Block()
x = torch.randn(4, 8, requires_grad=True)
through_module = checkpoint(block, x, use_reentrant=False)
through_function = cp.checkpoint(joined, x, x, use_reentrant=False)
"""


def test_a_checkpointed_call_is_the_call(monkeypatch):
    found, truth = hints_and_truth(CHECKPOINTS, monkeypatch)
    for name in ("inside", "through_module", "halves", "through_function"):
        assert found.get(name) == truth[name], name
