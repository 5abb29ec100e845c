"""Engine tests: torch reads a tensor among nested data as one number (it raises unless the tensor holds one
element) and raises at a None among it, so lists of unknown length of one-element tensors, or of numbers that may
be None, give a tensor of one size per level (unknown_numbers). Truths come from running each program."""

from engine_support import hints_and_truth

PADDED = """
import os
import torch

pad = torch.tensor([0], dtype=torch.int64)
flag = torch.tensor(True)
lookup = {"<s>": 1}
for word in os.environ.get("WORDS", "a b c").split():
    lookup.setdefault(word, len(lookup))
n = len(os.environ.get("WORDS", "a b c").split())
padding = torch.tensor([pad] * (8 - n), dtype=torch.int64)
untyped = torch.tensor([pad] * (8 - n))
flags = torch.as_tensor([flag] * n)
start = torch.tensor([lookup.get("<s>")], dtype=torch.int64)
joined = torch.cat([start, padding], dim=0)
"""

WIDE = """
import os
import torch

scales = [torch.tensor([0.5], dtype=torch.float64)] * len(os.environ.get("WORDS", "a b").split())
doubles = torch.tensor(scales)
"""


def test_tensors_and_maybe_none_numbers_in_data_give_one_size_per_level(monkeypatch):
    found, truth = hints_and_truth(PADDED, monkeypatch)
    assert truth["padding"] == "[5]" and found["padding"] == "[?]"
    assert truth["untyped"] == "[5]" and found["untyped"] == "[?]"  # int64 items make an int64 tensor
    assert truth["flags"] == "[3]" and found["flags"] == "[n]"  # one item repeated n times: n items
    assert found["start"] == truth["start"] == "[1]"
    assert truth["joined"] == "[6]" and found["joined"] == "[?]"


def test_tensors_of_another_dtype_with_no_dtype_given_leave_the_tensor_unknown(monkeypatch):
    found, truth = hints_and_truth(WIDE, monkeypatch)
    assert truth["doubles"] == "[2]" and "doubles" not in found  # float64 items make a float64 tensor
