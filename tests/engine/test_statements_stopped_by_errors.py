"""A statement stops at the first call that surely raises: the calls after it in the statement, and the statements
after it in the functions it called and in the script, never run, so no error is reported there; a `try`, an `if`
the engine does not decide, a loop run as a fix-point and a generator stand between, and what comes after them is
still checked."""

from engine_support import reported_and_raising

STOPPED = """
import torch


def score(left, right):
    gap = left - right
    return (gap * gap).sum()


def both(a, b):
    first = score(a, b)
    second = score(b, a)
    return first + second


pair = both(torch.zeros(4, 3), torch.zeros(5, 3)), torch.zeros(2) + torch.zeros(6)
later = torch.zeros(7) * torch.zeros(8)
"""

GOES_ON = """
import sys

import torch


def rows(count):
    for _ in range(count):
        yield torch.zeros(3) + torch.zeros(4)


try:
    caught = torch.zeros(2, 3) @ torch.zeros(2, 3)
except RuntimeError:
    caught = None
if len(sys.argv) > 5:
    chosen = torch.zeros(2) + torch.zeros(9)
made = rows(2)
total = torch.zeros(6) - torch.zeros(7)
"""


def test_a_statement_stops_at_its_first_sure_error(monkeypatch):
    reported, line = reported_and_raising(STOPPED, monkeypatch)
    assert [found for found, _ in reported] == [line] == [6]


def test_a_try_an_undecided_branch_and_a_generator_let_the_program_go_on(monkeypatch):
    reported, line = reported_and_raising(GOES_ON, monkeypatch)
    assert line == 19
    assert {13, 17, line} <= {found for found, _ in reported}
