"""A window `xs[i * n:(i + 1) * n]` whose start steps by a whole n over `range(len(xs) // n)` lies inside `xs` on
every pass (the last ends at `n * (len(xs) // n)`, at most the length), so it is n long even when the length is
not known; with one more pass the last window may run past the end and is not known."""

from engine_support import hints_and_truth

BATCHES = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--rows", type=int, default=70)
args = parser.parse_args()
data = torch.randn(args.rows, 5)
size = 8
for i in range(len(data) // size):
    batch = data[i * size:(i + 1) * size]
for i in range(data.shape[0] // size):
    shifted = data[size * i + 1:size * i + 1 + size - 1]
for i in range(len(data) // size + 1):
    ragged = data[i * size:(i + 1) * size]
"""


def test_windows_by_whole_steps_are_exact(monkeypatch):
    found, truth = hints_and_truth(BATCHES, monkeypatch)
    assert found["batch"] == truth["batch"] == "[8, 5]"
    assert found["shifted"] == truth["shifted"] == "[7, 5]"
    assert found["ragged"] != truth["ragged"]  # data[64:72] of 70 rows is 6 long
