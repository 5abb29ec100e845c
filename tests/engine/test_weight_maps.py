"""Engine tests: `map(f, ...)` over a model's weights (its parameters, or tensors computed from them that require
grad, as MAML's fast weights) runs once per weight however many the model has, as building it laid them out;
over more plain tensors than a loop unrolls it gives no items. Truths come from running each program."""

from engine_support import hints_and_truth

FAST_WEIGHTS = """
import torch
import torch.nn as nn

weights = nn.ParameterList()
for width in range(1, 11):
    weights.append(nn.Parameter(torch.ones(width, 3)))
    weights.append(nn.Parameter(torch.zeros(width)))
loss = sum(w.sum() for w in weights)
grads = torch.autograd.grad(loss, weights)
fast = list(map(lambda p: p[1] - 0.1 * p[0], zip(grads, weights)))
first = fast[0]
last = fast[19]
again = list(map(lambda p: p[1] - 0.1 * p[0], zip(grads, fast)))
second = again[1]
plain = list(map(lambda t: t * 2, [torch.ones(k + 1) for k in range(20)]))
"""


def test_map_over_many_weights_runs_once_per_weight(monkeypatch):
    found, truth = hints_and_truth(FAST_WEIGHTS, monkeypatch)
    assert found["first"] == truth["first"] == "[1, 3]"
    assert found["last"] == truth["last"] == "[10]"
    assert found["second"] == truth["second"] == "[1]"
