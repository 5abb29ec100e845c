"""Unit tests: `torch.__version__` is the version of the torch the server runs, which is the program's, and compares
as a version (`"2.13.0" >= "2.2"`, where strings would compare otherwise); strings compare as Python compares
them. A layer made for the version a program tests for is that layer, not the join of both (a circular padding of
1 or 2 joined is a size torch cannot check)."""

from engine_support import hints_and_truth, reported_and_raising

VERSIONS = """
import torch
import torch.nn as nn

padding = 1 if torch.__version__ >= "1.5.0" else 2
conv = nn.Conv1d(4, 8, kernel_size=3, padding=padding, padding_mode="circular")
tokens = conv(torch.randn(2, 4, 96))
recent = torch.zeros(2) if torch.__version__ >= "2.2" else torch.zeros(3, 3)
ordered = torch.zeros(4) if "abc" < "abd" else torch.zeros(5)
"""


def test_the_torch_version_compares_as_a_version(monkeypatch):
    found, truth = hints_and_truth(VERSIONS, monkeypatch)
    for name in ("tokens", "recent", "ordered"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_a_layer_made_for_the_version_reports_nothing(monkeypatch):
    assert reported_and_raising(VERSIONS, monkeypatch) == ([], 0)
