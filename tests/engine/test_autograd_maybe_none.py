"""Engine tests: the `backward` of a user autograd Function whose lone output may be None runs with that output's
tensor grad (a None output leaves autograd nothing to differentiate, so `backward` runs only after a tensor).
Truths come from running the program."""

from engine_support import hints_and_truth

MAYBE_KEPT = """
import torch
from torch.autograd import Function


class Kept(Function):
    @staticmethod
    def forward(ctx, inputs):
        kept = inputs if inputs.abs().sum() >= 0 else None
        ctx.save_for_backward(inputs)
        return kept

    @staticmethod
    def backward(ctx, grad):
        global doubled
        (inputs,) = ctx.saved_tensors
        doubled = grad * 2 + inputs
        return doubled


inputs = torch.randn(3, 7, requires_grad=True)
outputs = Kept.apply(inputs)
outputs.sum().backward()
"""


def test_backward_of_a_lone_output_that_may_be_none_gets_its_tensor_grad(monkeypatch):
    found, truth = hints_and_truth(MAYBE_KEPT, monkeypatch)
    assert "outputs" not in found  # may be None
    assert found["doubled"] == truth["doubled"] == "[3, 7]"
