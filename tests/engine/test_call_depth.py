"""Calls nest as deep as a script structured in functions needs: `run()` → `main()` → a training function → an
evaluation function → a loss over one batch → the model → its blocks → a feed-forward → its activation module
still runs with the batch's shape."""

from engine_support import hints_and_truth

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


def test_deeply_nested_calls_keep_their_shapes(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    assert found["out"] == truth["out"]
