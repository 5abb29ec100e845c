"""Engine tests: `np.dstack(arrays)` makes each array 3-d as `np.atleast_3d` does (`(n,)` as `(1, n, 1)`, `(m, n)`
as `(m, n, 1)`, a 0-d array as `(1, 1, 1)`) and joins them along the third axis, as an image's masks are stacked
into channels. Truths come from running the program."""

from engine_support import hints_and_truth

DSTACK = """
import numpy as np
import torch

planes = torch.from_numpy(np.dstack([np.zeros((5, 4)), np.ones((5, 4), dtype=np.float32)]))
rows = torch.from_numpy(np.dstack([np.zeros(3), np.zeros(3)]))
cubes = torch.from_numpy(np.dstack((np.zeros((2, 3, 4)), np.zeros((2, 3, 1)))))
points = torch.from_numpy(np.dstack([np.zeros(()), np.zeros(())]))
masks = []
for label in range(2):
    masks.append((np.random.rand(96, 96) > 0.5).astype(np.uint8)[..., None])
mask = torch.from_numpy(np.dstack(masks).transpose(2, 0, 1).astype("float32"))
"""


def test_dstack_joins_arrays_made_3d_along_the_third_axis(monkeypatch):
    found, truth = hints_and_truth(DSTACK, monkeypatch)
    names = ("planes", "rows", "cubes", "points", "mask")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
