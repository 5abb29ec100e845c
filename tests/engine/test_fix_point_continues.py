"""Unit tests: in a loop run as a fix-point, `continue` takes its state back to the loop's start, so what follows an
`if` whose body continues holds only where the test failed."""

import pytest
from engine_support import agrees, hints_and_truth

RETRIED = """
    import random
    import torch

    def attempt(k):
        return None if k % 3 else torch.ones(4, k % 5 + 1)

    def first_found():
        k = 0
        while True:
            k = random.randint(1, 30)
            found = attempt(k)
            if found is None:
                continue
            return torch.cat([found[:, :1], found[:, :1]])

    pair = first_found()
"""


def test_past_an_if_that_continues_its_test_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(RETRIED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["pair"] == truth["pair"]


SKIPPED = """
    import os
    import torch

    total = torch.zeros(3)
    for step in range(int(os.environ.get("STEPS", "7"))):
        if step % 2:
            total = torch.zeros(3, 2)
            continue
        total = total + 1.0
    last = total
"""


def test_the_state_a_continue_leaves_reaches_the_next_iteration(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(SKIPPED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found.get("last") != "[3]"  # a continued iteration's [3, 2] reaches the next one and the loop's end
