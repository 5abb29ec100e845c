"""Engine tests: `Fn.apply(...)` of a user `torch.autograd.Function` runs its static `forward`, whose tensors it
gives back; a class that is not an autograd Function has no modelled `apply`."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

FUNCTIONS = """
import torch
from torch.autograd import Function


class Nearest(Function):
    @staticmethod
    def forward(ctx, inputs, codebook):
        flat = inputs.reshape(-1, codebook.size(1))
        distances = torch.cdist(flat, codebook)
        indices = distances.argmin(1).view(*inputs.shape[:-1])
        ctx.mark_non_differentiable(indices)
        return indices


class StraightThrough(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inputs, codebook):
        indices = Nearest.apply(inputs, codebook).view(-1)
        ctx.save_for_backward(indices, codebook)
        codes = torch.index_select(codebook, 0, indices).view_as(inputs)
        return codes, indices

    @staticmethod
    def backward(ctx, grad_codes, grad_indices):
        return grad_codes.clone(), None


class Plain:
    @staticmethod
    def forward(ctx, inputs):
        return inputs


nearest = Nearest.apply
inputs = torch.randn(2, 5, 5, 8, requires_grad=True)
codebook = torch.randn(16, 8)
indices = nearest(inputs, codebook)
codes, flat_indices = StraightThrough.apply(inputs, codebook)
codes.sum().backward()
"""


def test_apply_runs_the_static_forward(monkeypatch):
    found, truth = hints_and_truth(FUNCTIONS, monkeypatch)
    for name in ("indices", "codes", "flat_indices"):
        assert found[name] == truth[name], name


def test_apply_of_a_class_that_is_no_autograd_function_stays_unknown():
    analysis = analyse(textwrap.dedent(FUNCTIONS) + "same = Plain.apply(inputs)\n", torch, "cpu", 4096, 30.0)
    assert "same" not in {b.name for b in analysis.hints()}
