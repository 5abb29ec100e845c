"""Engine tests: a program that sets torch's default dtype where the engine does not follow it (in a function, a
branch) has a default the engine does not know, so a mismatch of dtypes is no error it reports; a program that
never sets it still gets its dtype errors. Truths come from running each program."""

import pytest
import torch
from engine_support import reported_and_raising

SET_IN_MAIN = """
import numpy as np
import torch
import torch.nn as nn


def main():
    torch.set_default_dtype(torch.float64)
    net = nn.Linear(4, 2)
    features = torch.from_numpy(np.zeros((3, 4)))
    return net(features)


out = main()
"""

NEVER_SET = SET_IN_MAIN.replace("    torch.set_default_dtype(torch.float64)\n", "")


@pytest.fixture(autouse=True)
def _default_dtype_restored():
    before = torch.get_default_dtype()
    yield
    torch.set_default_dtype(before)  # the program's run sets it for the whole process


def test_a_default_set_in_a_function_is_not_known(monkeypatch):
    reported, raising = reported_and_raising(SET_IN_MAIN, monkeypatch)
    assert raising == 0
    assert reported == []


def test_without_a_setter_the_dtype_error_stands(monkeypatch):
    reported, raising = reported_and_raising(NEVER_SET, monkeypatch)
    assert raising == 10
    assert [line for line, _ in reported] == [10]
