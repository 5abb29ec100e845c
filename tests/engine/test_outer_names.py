"""Engine tests: a function that declares a name `global` or `nonlocal` binds the module's or the enclosing
function's variable, so a counter or a setting it changes is changed for every reader. Truths come from running
each program."""

from engine_support import hints_and_truth

DECLARED = """
import torch

total = 0
step = 1


def add(n):
    global total
    total += n


def set_step():
    global step
    step = 7


def counted():
    count = 2

    def bump():
        nonlocal count
        count += 1

    bump()
    bump()
    return torch.zeros(count)


add(2)
add(3)
set_step()
summed = torch.zeros(total)
stepped = torch.zeros(step)
bumped = counted()
"""


def test_global_and_nonlocal_names_bind_the_outer_variable(monkeypatch):
    found, truth = hints_and_truth(DECLARED, monkeypatch)
    for name in ("summed", "stepped", "bumped"):
        assert found.get(name) == truth[name], name
