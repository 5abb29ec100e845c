"""Unit tests: a list a loop appends to once per item holds as many items as the loop has past it, also where an
iteration may leave the function (a `return`, a `raise`): only the iterations that went on lead past the loop."""

import pytest
from engine_support import agrees, hints_and_truth

WINDOWED = """
    import os
    import numpy as np
    import torch

    def window(first, frames):
        picked = []
        for index in range(first, first + 5):
            if index >= len(frames):
                return None
            try:
                frame = frames[index][:, :8]
            except IndexError:
                return None
            picked.append(frame)
        return np.asarray(picked)

    frames = [np.zeros((8, 10)) for _ in range(int(os.environ.get("FRAMES", "12")))]
    picked = window(int(os.environ.get("FIRST", "3")), frames)
    if picked is None:
        raise SystemExit("too few frames")
    clip = torch.from_numpy(picked)
"""


def test_a_loop_that_may_return_still_counts_its_items(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(WINDOWED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["clip"] == truth["clip"]


SKIPPING = """
    import os
    import numpy as np
    import torch

    def kept(first):
        rows = []
        for index in range(first, first + 5):
            if index % 2:
                continue
            rows.append(np.zeros(3))
        return np.asarray(rows)

    evens = torch.from_numpy(kept(int(os.environ.get("FIRST", "3"))))
"""


def test_a_loop_that_may_skip_an_item_counts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(SKIPPING, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found.get("evens") != "[5, 3]"
