"""Engine tests: `Fn.apply(run, x, *params)` with `*params` not known item by item (the parameters of a stack
whose depth is an option) binds the arguments as a call of the static `forward` would, after its context: the
parameters it names before its own `*args` get the leading arguments, so a checkpointing Function's result keeps
its shape."""

from engine_support import hints_and_truth

CHECKPOINTED = """
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--depth", type=int, default=3)
args = parser.parse_args()


class Checkpointed(torch.autograd.Function):
    @staticmethod
    def forward(ctx, run, inputs, *params):
        ctx.run = run
        ctx.save_for_backward(inputs, *params)
        with torch.no_grad():
            return run(inputs)

    @staticmethod
    def backward(ctx, grad):
        return None, grad, *[None for _ in ctx.saved_tensors[1:]]


stack = torch.nn.Sequential(*[torch.nn.Linear(8, 8) for _ in range(args.depth)], torch.nn.Linear(8, 4))
x = torch.randn(5, 8)
out = Checkpointed.apply(stack, x, *stack.parameters())
doubled = out * 2
"""


def test_apply_with_rows_of_unknown_length_runs_forward(monkeypatch):
    found, truth = hints_and_truth(CHECKPOINTED, monkeypatch)
    assert found["out"] == "[5, 4]" and truth["out"] == "[5, 4]"
    assert found["doubled"] == "[5, 4]" and truth["doubled"] == "[5, 4]"
