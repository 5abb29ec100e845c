"""Calls that read what they are handed and run none of its code: `str(model)` and `print`, `isinstance`, `len`,
and `inspect`'s readers of a function (`getfullargspec`, `signature`). The model and the function they are handed
keep their hints; but a value a function's signature names (a default) is in what `inspect.signature` gives, and
the code may call it anywhere, so what was inferred inside it does not stand."""

from engine_support import hints_and_truth

READ = """
import inspect
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Linear(4, width)

    def forward(self, x):
        hidden = self.fc(x)
        return hidden


def build(width=3):
    return Net(width)


names = inspect.getfullargspec(build)[0]
described = str(build()) + str(len(names))
net = build(width=5) if isinstance(described, str) and callable(build) else None
print(net)
y = net(torch.zeros(2, 4))
"""

DEFAULT_RUN = """
import inspect
import torch


def scale(t):
    doubled = t * 2
    return doubled


def apply(x, fn=scale):
    return fn(x)


out = apply(torch.zeros(3))
spec = inspect.signature(apply)
again = spec.parameters["fn"].default(torch.zeros(7, 7))
"""


def test_a_model_and_a_function_read_keep_their_hints(monkeypatch):
    found, truth = hints_and_truth(READ, monkeypatch)
    assert found["hidden"] == found["y"] == truth["y"] == "[2, 5]"  # forward gives `hidden` back


def test_a_default_a_signature_gives_loses_its_hints(monkeypatch):
    found, truth = hints_and_truth(DEFAULT_RUN, monkeypatch)
    assert (truth["out"], truth["again"]) == ("[3]", "[7, 7]")  # `doubled` in both runs of `scale`
    assert "doubled" not in found
