"""Engine tests: each call of a function that returns a closure makes a new closure over variables of its own, so
two counters or accumulators made by one factory never share their state (a repeated call is not answered from
the memo with the closure the first call made). Truths come from running each program."""

from engine_support import hints_and_truth

FACTORIES = """
import torch


def collector():
    rows = []

    def add(row):
        rows.append(row)
        return len(rows)

    return add


def counter(start):
    state = {"n": start}

    def step():
        state["n"] += 1
        return state["n"]

    return step


first, second = collector(), collector()
first(1)
first(2)
collected = torch.zeros(second(3))
ticks, other_ticks = counter(1), counter(1)
ticks()
ticks()
counted = torch.zeros(other_ticks())
"""


def test_closures_from_repeated_calls_keep_their_own_variables(monkeypatch):
    found, truth = hints_and_truth(FACTORIES, monkeypatch)
    for name in ("collected", "counted"):
        assert found.get(name) in ("[?]", truth[name]), name
