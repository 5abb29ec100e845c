"""Engine tests: `min` / `max` of an int and a numpy int64 scalar (an index numpy found) is an int
(python_builtins): a list of such numbers makes an array, and a tensor, of as many items. Truths come from running
the program."""

from engine_support import hints_and_truth

CLAMPED_STATES = """
import numpy as np
import torch

edges = np.cumsum(np.random.rand(10))
states = []
for draw in np.random.rand(50):
    states.append(min(9, np.searchsorted(edges, draw)))
    states.append(max(np.searchsorted(edges, draw * 5), 2))
walk = torch.from_numpy(np.array(states, dtype=np.int64))
pair = torch.tensor([min(3, np.searchsorted(edges, 1.0)), 0])
"""


def test_the_extreme_of_an_int_and_a_numpy_int_is_an_int(monkeypatch):
    found, truth = hints_and_truth(CLAMPED_STATES, monkeypatch)
    for name in ("walk", "pair"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
