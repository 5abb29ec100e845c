"""Engine tests: `slice(start, stop, step)` is the slice `start:stop:step` (python_builtins): bounds that are ints
the engine does not know make a slice of unknown ints, which keeps a tensor's axis (of unknown size). Truths come
from running each program."""

from engine_support import agrees, hints_and_truth

SHARD = """
import os
import torch

ranks = int(os.environ.get("WORLD_SIZE", "2"))
rank = int(os.environ.get("RANK", "1"))
batch = torch.zeros(8, 3)
share, extra = divmod(batch.size(0), ranks)
mine = batch[slice(rank * share + min(rank, extra), (rank + 1) * share + min(rank + 1, extra), 1)]
"""


def test_a_slice_of_unknown_bounds_keeps_the_axis(monkeypatch):
    found, truth = hints_and_truth(SHARD, monkeypatch)
    assert truth["mine"] == "[4, 3]" and found.get("mine", "").endswith(", 3]") and agrees(found["mine"], truth["mine"])
