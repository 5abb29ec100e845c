"""Engine tests: `isinstance(n, str)` (or tuple, list, dict) of a number the engine does not know is False: an int,
a float, a numpy number or a torch.SymInt is none of them (instance_checks). Truths come from running each
program."""

from engine_support import hints_and_truth

NUMBERS = """
import os
import torch

count = int(os.environ.get("COUNT", "4"))
if isinstance(count, str):
    made = torch.zeros(count, 9)
else:
    made = torch.zeros(count, 3)
after = made + 0
"""


def test_an_unknown_number_is_no_str(monkeypatch):
    found, truth = hints_and_truth(NUMBERS, monkeypatch)
    assert truth["after"] == "[4, 3]" and found["after"] in ("[count, 3]", "[4, 3]")
