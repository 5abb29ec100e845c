"""Engine tests: `DistributedDataParallel(model)` / `nn.DataParallel(model)` of a Sequential grown in a loop of
unknown count keeps the stack (overlays/wrappers), so a model whose layers may be wrapped on one branch still
applies them. Truths come from running each program."""

from engine_support import hints_and_truth

WRAPPED_STACK = """
import os
import torch
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP

count = int(os.environ.get("COUNT", "3"))
layers = []
for _ in range(count):
    layers.append(nn.Linear(8, 8))
model = nn.Sequential(*layers)
if os.environ.get("WORLD_SIZE", "1") != "1":
    model = DDP(model)
out = model(torch.zeros(5, 8))
"""


def test_a_wrapped_stack_keeps_its_layers(monkeypatch):
    found, truth = hints_and_truth(WRAPPED_STACK, monkeypatch)
    assert found["out"] == truth["out"] == "[5, 8]"
