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


BACKWARDS = """
import torch
from torch.autograd import Function


class ScaledProduct(Function):
    @staticmethod
    def forward(ctx, x, w, factor):
        global kept
        ctx.factor = factor
        if hasattr(ctx, "needs_input_grad"):
            kept = x * 2
        ctx.save_for_backward(x, w)
        return x * w, (x * w).argmax(-1)

    @staticmethod
    def backward(ctx, grad_product, grad_index):
        global saved_x, saved_w, grad_x, grad_w
        saved_x, saved_w = ctx.saved_tensors
        grad_x = grad_product * saved_w * ctx.factor
        grad_w = (grad_product * saved_x).sum(0)
        return grad_x, grad_w, None


class Gate(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x.clone()

    @staticmethod
    def backward(ctx, grad):
        global missing
        missing = grad
        return grad


inputs = torch.randn(4, 3, requires_grad=True)
weights = torch.randn(3, requires_grad=True)
product, index = ScaledProduct.apply(inputs, weights, 2.0)
(product.sum() + Gate.apply(weights).sum()).backward()
"""


def test_backward_gets_the_saved_tensors_and_grads_shaped_like_the_outputs(monkeypatch):
    found, truth = hints_and_truth(BACKWARDS, monkeypatch)
    for name in ("product", "index", "saved_x", "saved_w", "grad_x", "grad_w"):
        assert found[name] == truth[name], name
    assert "missing" not in found
    assert found["kept"] == truth["kept"]  # torch's context has its members before forward sets any
