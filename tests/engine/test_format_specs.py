"""Engine tests: an f-string with a format spec (`f"{i:04d}"`, `f"{name:>6}"`, `f"{i!r:>4}"`) of known values is
the text Python's `format` makes of them, and every field is evaluated, a call after an unknown field included.
Truths come from running the program."""

from engine_support import hints_and_truth

SPECS = """
import torch

index = 7
width = 6
name = f"clip-{index:04d}|{'ab':>{width}}|{'x'!r:<4}|{index:x}"
padded = torch.zeros(len(name))
digits = torch.zeros(int(f"{index:03d}"[1:] + "1"))
"""


def test_a_format_spec_of_known_values_gives_the_text(monkeypatch):
    found, truth = hints_and_truth(SPECS, monkeypatch)
    for name in ("padded", "digits"):
        assert found[name] == truth[name], name


FIELDS = """
import random

import torch


def evaluate(batch):
    global scored
    scored = batch * 2
    return scored.sum().item()


epoch = random.randint(0, 3)
message = f"epoch {epoch}: {evaluate(torch.ones(4, 2)):.3f}"
"""


def test_every_field_is_evaluated_after_an_unknown_one(monkeypatch):
    found, truth = hints_and_truth(FIELDS, monkeypatch)
    assert found["scored"] == truth["scored"]
