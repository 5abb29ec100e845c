"""Engine tests: a `raise` statement inside a `try` (or a `with` whose manager may suppress it) ends the body there:
the handlers, or the code after the `with`, start from the state the `raise` left, joined with the body's end and
the states before the statements that ran (any of them may raise), and the statements after it never run. Truths
come from running the snippet."""

import pytest
from engine_support import agrees, hints_and_truth

CAUGHT = """
import os
import torch

class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True

suppressed = torch.zeros(3)
with Quiet():
    raise RuntimeError("stop")
    suppressed = torch.zeros(5)
after_with = suppressed

x = torch.zeros(2)
try:
    x = torch.zeros(3)
    raise ValueError
    x = torch.zeros(5)
except ValueError:
    in_handler = x

w = torch.zeros(2)
try:
    if os.environ.get("NEVER_SET") is None:
        raise ValueError
    w = torch.zeros(5)
except ValueError:
    maybe_raised = w
after_try = w

def clipped(n):
    try:
        if n > 2:
            raise ValueError
        return torch.zeros(n)
    except ValueError:
        return torch.zeros(9)

big = clipped(5)
"""


def test_a_caught_raise_ends_the_body_where_it_stands(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(CAUGHT, monkeypatch)
    assert found["after_with"] == truth["after_with"] == "[3]"
    assert truth["in_handler"] == "[3]" and agrees(found["in_handler"], truth["in_handler"])
    assert found["big"] == truth["big"] == "[9]"
    for name in ("maybe_raised", "after_try"):
        assert agrees(found.get(name), truth[name]), name


RAISED_IN_CALLS = """
import torch

state = {"x": torch.zeros(3)}

def step(flag):
    state["x"] = torch.zeros(2)
    if flag:
        raise ValueError("stop")
    state["x"] = torch.zeros(5)

try:
    step(True)
except ValueError:
    pass
after_step = state["x"]

def grow(x, n):
    for i in range(n):
        if i == 2:
            raise RuntimeError("too long")
        x = torch.cat([x, x])
    return x

y = torch.zeros(1)
try:
    y = grow(y, 5)
except RuntimeError:
    in_handler = y
after_grow = y
"""


def test_a_raise_in_a_called_function_ends_it_and_passes_its_state_to_the_handler(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(RAISED_IN_CALLS, monkeypatch)
    assert truth["after_step"] == "[2]" and agrees(found["after_step"], truth["after_step"])
    for name in ("in_handler", "after_grow"):
        assert agrees(found.get(name), truth[name]), name
