"""A call whose callee reads a name the script binds nowhere raises NameError before its arguments are evaluated:
nothing is handed to it, so the layers and functions in its arguments are not run with values the engine never saw.
`x.modules()` (a layer's own method) is no way to define names: the dicts `sys.modules`, `__dict__`,
`__globals__` and `f_globals` are not callable."""

from engine_support import agrees, hints_and_truth

REPORTED = """
import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        scores = self.head(x)
        return scores


model = Scorer()
features = torch.randn(4, 6)
for epoch in range(3):
    logits = model(features)
    if logits.abs().max().item() > 1e6:  # never at run time: the engine cannot tell
        tracker.log_model(model)  # no such name anywhere: NameError before the call
"""

INITIALISED = REPORTED.replace(
    "        self.head = nn.Linear(6, 2)\n",
    """        self.head = nn.Linear(6, 2)
        for layer in self.modules():
            if isinstance(layer, nn.Linear):
                nn.init.zeros_(layer.bias)
""",
)
assert INITIALISED != REPORTED


def test_a_call_of_an_unbound_name_hands_nothing_to_it(monkeypatch):
    hints, truth = hints_and_truth(REPORTED, monkeypatch)
    assert hints["scores"] == truth["logits"] == "[4, 2]"
    assert all(agrees(hints.get(name), shape) for name, shape in truth.items())


def test_a_called_modules_attribute_defines_no_names(monkeypatch):
    hints, truth = hints_and_truth(INITIALISED, monkeypatch)
    assert hints["scores"] == truth["logits"] == "[4, 2]"
    assert all(agrees(hints.get(name), shape) for name, shape in truth.items())
