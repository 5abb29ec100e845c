"""Unit tests: `np.random.choice` over a list or tuple of numbers draws from the array numpy makes of it first (of
that array's dtype), an array of the shape `size` gives."""

from engine_support import agrees, hints_and_truth

DRAWS = """
import random

import numpy as np
import torch

population = [i for i in range(5)]
count = random.randint(2, 5)
drawn = torch.from_numpy(np.random.choice(population, size=count, replace=True))
grid = torch.from_numpy(np.random.choice([0.5, 1.5, 2.5], size=(3, 4)))
labels = torch.from_numpy(np.random.choice((0, 1), 6))
scaled = grid * 2
"""


def test_draws_from_a_list_of_numbers_have_the_shape_size_gives(monkeypatch):
    hints, truth = hints_and_truth(DRAWS, monkeypatch)
    for name in ("grid", "labels", "scaled"):
        assert hints.get(name) == truth[name], name
    assert hints.get("drawn") is not None and agrees(hints["drawn"], truth["drawn"])
