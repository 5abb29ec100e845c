"""Engine tests: a 0-d integer tensor whose contents are known bounds a slice by its value (Python reads it
through `__index__`), as in `x[:, :n[0]]` with `n = torch.IntTensor([4])`. Truths come from running the program."""

from engine_support import hints_and_truth

BOUNDS = """
import torch


def halves(x, channels):
    n = channels[0]
    return x[:, :n, :], x[:, n:, :]


signal = torch.randn(2, 8, 5)
head, tail = halves(signal, torch.IntTensor([3]))
stepped = signal[:, torch.tensor(1):torch.tensor([7])[0]:torch.tensor(2)]
"""


def test_a_known_0d_tensor_bounds_a_slice_by_its_value(monkeypatch):
    found, truth = hints_and_truth(BOUNDS, monkeypatch)
    for name in ("head", "tail", "stepped"):
        assert found[name] == truth[name], name
