"""Unit tests: `int(a / b)` of a size and a positive int is `a // b` (a size is never negative, so truncating the
float quotient floors it), kept as a size where the float would lose it; an int that may be negative is not."""

from engine_support import hints_and_truth

QUOTIENTS = """
import pickle
import torch

length = pickle.loads(pickle.dumps(37))
frames = torch.FloatTensor(2, 80, length)
steps = 1
rows = frames.transpose(1, 2)
grouped = rows.view(rows.size(0), int(rows.size(1) / steps), -1)
halves = torch.zeros(int(rows.size(1) / 2), 3)
offset = rows.size(1) - 40
shifted = torch.zeros(int(offset / 2) + 5)
"""


def test_int_of_a_size_over_a_positive_int_is_the_floor_quotient(monkeypatch):
    found, truth = hints_and_truth(QUOTIENTS, monkeypatch)
    assert truth["grouped"] == "[2, 37, 80]" and found["grouped"] == "[2, length, 80]"
    assert truth["halves"] == "[18, 3]" and found["halves"] == "[length//2, 3]"
    assert truth["shifted"] == "[4]" and found["shifted"] == "[?]"  # int(-3 / 2) is -1, not -3 // 2
