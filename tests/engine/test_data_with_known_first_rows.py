"""Unit tests: nested data whose outer list has an unknown length but a known first row is not empty, so
`torch.tensor` and `np.array` of it have the rank its nesting gives."""

import pytest
from engine_support import agrees, hints_and_truth

ROWS_OF_EITHER_LENGTH = """
    import random
    import numpy as np
    import torch
    by_length = {4: [[0, 1, 2, 3], [1, 0, 3, 2]], 6: [[0, 1, 2, 3, 4, 5]]}
    rows = by_length[random.choice([4, 6])]
    table = torch.tensor(rows)
    array_table = torch.from_numpy(np.array(rows))
"""


def test_rows_with_a_known_first_row_have_a_known_rank(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(ROWS_OF_EITHER_LENGTH, monkeypatch)
    assert set(hints) == {"table", "array_table"}, hints
    assert all(agrees(hints[name], truth[name]) for name in hints), (hints, truth)
