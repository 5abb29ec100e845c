"""Engine tests: a convolution whose kernel sizes are read at run time (`nn.Conv2d(1, hid, kernel_size=(k, m))`)
is built over those sizes' symbols, though its weight of four symbolic sizes is too big for torch to count at the
engine's largest stand-in numbers."""

from engine_support import hints_and_truth

KERNELS = """
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=10)
parser.add_argument("--kernel", type=int, default=6)
parser.add_argument("--columns", type=int, default=8)
args = parser.parse_args()
window = nn.Conv2d(1, args.hidden, kernel_size=(args.kernel, args.columns))
square = nn.Conv2d(1, args.hidden, kernel_size=args.kernel)
x = torch.randn(4, 1, 20, args.columns)
rows = window(x)
patches = square(x)
weight = window.weight
"""


def test_a_kernel_of_symbolic_sizes_keeps_its_symbols(monkeypatch):
    found, truth = hints_and_truth(KERNELS, monkeypatch)
    assert found["rows"] == "[4, hidden, 21-kernel, 1]" and truth["rows"] == "[4, 10, 15, 1]"
    assert found["patches"] == "[4, hidden, 21-kernel, -kernel+columns+1]" and truth["patches"] == "[4, 10, 15, 3]"
    assert found["weight"] == "[hidden, 1, kernel, columns]" and truth["weight"] == "[10, 1, 6, 8]"
