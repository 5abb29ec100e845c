"""The `string` module's constants are fixed strings: an alphabet built from them has a known length."""

from engine_support import hints_and_truth

SOURCE = """
import string
from string import digits

import torch

alphabet = "-" + string.ascii_lowercase + string.punctuation[:3]
table = torch.zeros(len(alphabet), len(digits))
codes = torch.arange(len(string.ascii_uppercase + digits))
"""


def test_alphabets_from_string_constants_have_known_lengths(monkeypatch):
    hints, truth = hints_and_truth(SOURCE, monkeypatch)
    assert {name: hints.get(name) for name in truth} == truth == {"table": "[30, 10]", "codes": "[36]"}
