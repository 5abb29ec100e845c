"""Engine tests: a result size the operands lack (the 2 of `torch.stack((a, b), -1)`) is checked against a run of the
op with other values for the symbols; values that would give an operand a negative size (a convolution's output
length, 251 - n//4, for large n) say nothing and give way to smaller ones, so the stack keeps its symbolic shape.
Truths come from running the program."""

from engine_support import agrees, hints_and_truth

SPECTRA = """
import os
import torch
import torch.nn.functional as F

width = int(os.environ.get("UNUSED") or 64)
signal = torch.randn(3, 1, 1000)
real = F.conv1d(signal, torch.randn(5, 1, width), stride=4)
imag = -F.conv1d(signal, torch.randn(5, 1, width), stride=4)
pair = torch.stack((real, imag), -1)
layers = torch.stack([real, imag, real, imag])
"""


def test_a_stack_of_shrinking_sizes_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(SPECTRA, monkeypatch)
    assert truth["pair"] == "[3, 5, 235, 2]" and truth["layers"] == "[4, 3, 5, 235]"
    for name in ("real", "pair", "layers"):
        assert found.get(name) is not None and agrees(found[name], truth[name])
    assert found["pair"].startswith("[3, 5, ") and found["pair"].endswith(", 2]")
