"""Engine tests: a bookkeeping loop over a `range` of known ints longer than a loop is unrolled into runs once per
int, so the list it fills has its items (the steps a schedule keeps, counted into a tensor). Truths come from
running each program."""

from engine_support import hints_and_truth

STEPS = """
import torch


def kept_steps(total, count):
    stride = (total - 1) / (count - 1)
    position = 0.0
    taken = []
    for _ in range(count):
        taken.append(round(position))
        position += stride
    return set(taken)


kept = kept_steps(100, 40)
timesteps = torch.tensor(sorted(kept))
"""


def test_a_bookkeeping_loop_over_a_long_range_keeps_its_items(monkeypatch):
    found, truth = hints_and_truth(STEPS, monkeypatch)
    assert found["timesteps"] == truth["timesteps"] == "[40]"
