"""Unit tests: a tensor's `.grad` is None or a gradient of the tensor's shape, and arithmetic on a value that may be
None is arithmetic on what it is when not None (None in arithmetic raises TypeError)."""

from engine_support import hints_and_truth

DESCENT = """
import torch

x = torch.randn(16, 40)
target = torch.randn(16, 10)
w1 = torch.randn(40, 20, requires_grad=True)
w2 = torch.randn(20, 10, requires_grad=True)
for step in range(3):
    predicted = x.mm(w1).clamp(min=0).mm(w2)
    loss = (predicted - target).pow(2).sum()
    loss.backward()
    with torch.no_grad():
        w1 -= 1e-6 * w1.grad
        w2 -= w2.grad * 1e-6
        w1.grad.zero_()
        w2.grad.zero_()
momentum = 0.9 * w1.grad + w1.grad @ torch.ones(20, 3) @ torch.ones(3, 20)
if w2.grad is not None:
    scaled = w2.grad / 2
"""


def test_gradients_keep_the_shape_of_their_tensor(monkeypatch):
    found, truth = hints_and_truth(DESCENT, monkeypatch)
    for name in ("predicted", "loss", "w1", "w2", "momentum", "scaled"):
        assert found[name] == truth[name], name
