"""Unit tests: a list of numpy integer scalars indexes a tensor as a list of ints does (an int64 index of as many
items as the list)."""

import pytest
from engine_support import agrees, hints_and_truth

DRAWN = """
    import os
    import numpy as np
    import torch

    table = torch.zeros(6, 8)
    order = np.arange(6)
    picks = []
    for _ in range(int(os.environ.get("DRAWS", "7"))):
        picks.append(order[len(os.environ.get("WORD", "abc"))])
    rows = table[picks, :]
    columns = table[:, picks[:2]]
"""


def test_a_list_of_numpy_ints_indexes_like_ints(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(DRAWN, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["rows"].endswith(", 8]")
    assert found["columns"].startswith("[6, ")
