"""`in`, `not in`, `is` and `is not` give a bool whatever the operands are (Python turns what `__contains__` returns
into one), so a list of undecided tests still makes a bool array or tensor of the list's length (truths from the
run)."""

from engine_support import hints_and_truth

TESTS = """
import numpy as np
import torch

rng = np.random.default_rng(0)
users = rng.integers(6, size=(9,))
items = rng.integers(4, size=(9,))
seen = set(zip(users.tolist()[:4], items.tolist()[:4]))
unseen = torch.tensor([(u, i) not in seen for u, i in zip(users.tolist(), items.tolist())])
lookup = {3: "a", 5: "b"}
known = torch.from_numpy(np.array([u in lookup for u in users.tolist()]))
words = [None if n % 2 else n for n in rng.integers(9, size=(5,)).tolist()]
present = torch.tensor([w is not None for w in words])
"""


def test_undecided_membership_tests_are_bools(monkeypatch):
    found, truth = hints_and_truth(TESTS, monkeypatch)
    for name in ("unseen", "known", "present"):
        assert found.get(name) == truth[name], name
