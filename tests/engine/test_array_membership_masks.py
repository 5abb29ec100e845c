"""Engine tests: `np.isin(a, b)` is a bool array of the shape of `a` whatever `b` is, and
an array indexed by a bool array over its leading dimensions keeps as many items (or rows) as the data says: one
dimension of unknown length, so a slice of it is not assumed to be full. Truths come from running the program."""

import numpy as np
import pytest
from engine_support import hints_and_truth

MASKS = """
import numpy as np
import torch

drawn = np.random.randint(50, size=32)
seen = {3: np.array(list({1, 7, 9, 11}))}
kept_mask = np.isin(drawn, seen[3], assume_unique=True, invert=True)
flat_mask = np.isin(np.zeros((4, 5), dtype=np.int64), [2, 0])
kept = torch.from_numpy(kept_mask)
flat = torch.from_numpy(flat_mask)
fresh = torch.LongTensor(drawn[kept_mask])
head = torch.LongTensor(drawn[kept_mask][:4])
grid = np.random.randn(6, 3)
rows = torch.from_numpy(grid[grid[:, 0] > 0])
items = torch.from_numpy(grid[grid > 0])
"""


@pytest.mark.parametrize("seed", [0, 1])
def test_membership_masks_keep_the_shape_and_masked_items_are_counted_by_the_data(monkeypatch, seed):
    np.random.seed(seed)
    found, truth = hints_and_truth(MASKS, monkeypatch)
    assert found["kept"] == truth["kept"] == "[32]"
    assert found["flat"] == truth["flat"] == "[4, 5]"
    assert found["fresh"] == found["head"] == found["items"] == "[?]"
    assert found["rows"] == "[?, 3]" and truth["rows"].endswith(", 3]")


UNEQUAL_LENGTHS = """
import numpy as np
import torch

scores = np.random.randn(12, 5)
users, items = np.nonzero(scores > 0)
negatives = np.repeat(users, 3)
keep = np.array([n % 4 != 0 for n in negatives.tolist()])
fresh = torch.from_numpy(negatives[keep])
rows = torch.from_numpy(np.random.randn(negatives.shape[0], 2)[keep])
"""


def test_a_mask_of_a_length_not_known_to_match_gives_what_follows_when_it_did(monkeypatch):
    found, truth = hints_and_truth(UNEQUAL_LENGTHS, monkeypatch)
    assert found.get("fresh") == "[?]" and len(truth["fresh"].split(",")) == 1
    assert found.get("rows") == "[?, 2]" and truth["rows"].endswith(", 2]")
