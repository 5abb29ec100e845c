"""Unit tests: an `if` on `x.shape[d]` (or `x.size(d)`) against an int gives `x` that size where the test proves it
equal: in the body of an `==`, and past an `!=` whose body leaves."""

import pytest
from engine_support import agrees, hints_and_truth

CHECKED = """
    import os
    import numpy as np
    import torch

    start = int(os.environ.get("START", "5"))
    rows = torch.zeros(start + 2, 3)
    if rows.shape[0] != 7:
        raise SystemExit("seven rows expected")
    kept = rows
    window = np.zeros((40, 80)).T[:, start : start + 16]
    if window.shape[1] == 16:
        spectrum = torch.from_numpy(window.copy())
    if not window.shape[1] == 16:
        raise SystemExit("a full window expected")
    frames = torch.tensor(window)
"""


def test_a_size_test_gives_the_size_where_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(CHECKED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    for name in ("kept", "spectrum", "frames"):
        assert found[name] == truth[name]


UNEQUAL = """
    import os
    import torch

    rows = torch.zeros(int(os.environ.get("ROWS", "3")), 2)
    if rows.shape[0] != 4:
        rows = torch.cat([rows, rows])
    doubled = rows
"""


def test_a_size_test_whose_body_goes_on_teaches_nothing_past_it(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(UNEQUAL, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["doubled"] != "[4, 2]"
