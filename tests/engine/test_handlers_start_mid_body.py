"""Engine tests: an `except` handler starts from the state before any statement of its `try` body (any of them may
raise), not only from the body's end and its `raise` statements. Truths come from running each program, whose
`try` bodies raise halfway."""

from engine_support import agrees, hints_and_truth

VARIABLES = """
import json
import sys

import torch

x = torch.zeros(2)
try:
    x = torch.zeros(3)
    options = json.loads(sys.argv[1])
    x = torch.zeros(4)
except Exception:
    caught = x
after = x
"""

ATTRIBUTES = """
import torch


class Holder:
    def __init__(self):
        self.h = torch.zeros(2)

    def fill(self, text):
        try:
            self.h = torch.zeros(3)
            self.count = int(text)
            self.h = torch.zeros(4)
        except ValueError:
            pass


holder = Holder()
holder.fill("three")
h = holder.h
"""


def test_a_handler_sees_what_the_body_assigned_before_it_raised(monkeypatch):
    found, truth = hints_and_truth(VARIABLES, monkeypatch)
    assert truth["caught"] == truth["after"] == "[3]"
    assert "caught" in found and "after" in found  # hinted, whatever the sizes: the handler's line is reached
    assert agrees(found["caught"], truth["caught"]) and agrees(found["after"], truth["after"])


def test_attributes_set_before_the_raise_reach_the_handler(monkeypatch):
    found, truth = hints_and_truth(ATTRIBUTES, monkeypatch)
    assert truth["h"] == "[3]" and "h" in found and agrees(found["h"], truth["h"])


SUPPRESSED = """
import contextlib

import torch

s = torch.zeros(2)
with contextlib.suppress(ValueError):
    s = torch.zeros(3)
    count = int("three")
    s = torch.zeros(4)
after_suppress = s
"""


def test_a_suppressing_with_goes_on_from_where_its_body_raised(monkeypatch):
    found, truth = hints_and_truth(SUPPRESSED, monkeypatch)
    assert truth["after_suppress"] == "[3]" and agrees(found["after_suppress"], truth["after_suppress"])
