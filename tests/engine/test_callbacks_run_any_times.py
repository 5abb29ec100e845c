"""Engine tests: a function handed to code the engine does not interpret (or interprets only in part) may run there
any number of times, so the variables it rebinds in the scopes around it (a list it appends to, a counter it
increments) end as the join of their values before and after one run, never as after exactly one. Truths come
from running the program."""

from engine_support import agrees, hints_and_truth

PROGRAM = """
import functools
import itertools

import torch

reduced = []
functools.reduce(lambda total, item: reduced.append(item), [1, 2, 3, 4, 5], 0)
by_reduce = torch.zeros(len(reduced))
keys = []


def key(item):
    keys.append(item)
    return item


sorted([3, 1, 2], key=key)
by_key = torch.zeros(len(keys))
filtered = []
list(itertools.filterfalse(lambda item: filtered.append(item), [1, 2, 3]))
by_filter = torch.zeros(len(filtered))
count = 0


def tick(item):
    global count
    count += 1
    return item


list(itertools.filterfalse(tick, [1, 2, 3]))
counted = torch.zeros(count + 2)
"""


def test_a_handed_function_runs_any_number_of_times(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    for name in ("by_reduce", "by_key", "by_filter", "counted"):
        assert agrees(found.get(name), truth[name]), name
