"""Calls nest as deep as a script structured in functions needs: `run()` → `main()` → a training function → an
evaluation function → a loss over one batch → the model → its blocks → a feed-forward → its activation module
still runs with the batch's shape; so do layers wrapped in layers (a norm around a token shift around an attention,
each forwarding to the next). A call past the last depth followed runs with values the engine never saw, so what
was inferred inside the function it calls, from shallower calls, does not stand."""

from engine_support import agrees, hints_and_truth

NESTED = """
import torch
import torch.nn as nn


class Activation(nn.Module):
    def forward(self, x):
        inner = 0.5 * x * (1 + torch.tanh(x))
        return inner


class FeedForward(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(dim, 4 * dim), Activation(), nn.Linear(4 * dim, dim))

    def forward(self, x):
        return self.layers(x)


class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.ff = FeedForward(dim)

    def forward(self, x):
        return x + self.ff(x)


class Model(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.blocks = nn.Sequential(Block(dim), Block(dim))
        self.head = nn.Linear(dim, 5)

    def forward(self, x):
        return self.head(self.blocks(x))


def loss_of_batch(model, batch):
    return model(batch)


def evaluate(model, batches):
    return loss_of_batch(model, batches[0])


def train(model, batches):
    return evaluate(model, batches)


def main():
    model = Model(8)
    return train(model, [torch.randn(3, 8), torch.randn(3, 8)])


def run():
    return main()


out = run()
"""

WRAPPED = """
import torch
from torch import nn


class Wrapper(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, x, **options):
        return self.inner(x, **options)


class Projection(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(6, 10)

    def forward(self, x, scale=1.0):
        return self.linear(x) * scale


model = Projection()
for _ in range(13):
    model = Wrapper(model)
out = model(torch.zeros(3, 6), scale=2.0)
"""

TOO_DEEP = """
import torch


def double(t):
    global seen
    seen = torch.cat([t, t])
    return seen


def passing_on(inner):
    def call(t):
        return inner(t)

    return call


shallow = double(torch.zeros(4))
chain = double
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
chain = passing_on(passing_on(chain))
deep = chain(torch.zeros(7))
"""


def test_deeply_nested_calls_keep_their_shapes(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    assert found["out"] == truth["out"]


def test_layers_wrapped_thirteen_deep_are_followed(monkeypatch):
    found, truth = hints_and_truth(WRAPPED, monkeypatch)
    assert truth["out"] == "[3, 10]"
    assert found.get("out") == "[3, 10]"


def test_a_call_too_deep_to_follow_drops_what_shallower_calls_inferred(monkeypatch):
    found, truth = hints_and_truth(TOO_DEEP, monkeypatch)
    assert truth["seen"] == "[14]"
    assert found.get("shallow") == "[8]"
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
