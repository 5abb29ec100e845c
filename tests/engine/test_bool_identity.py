"""Engine tests: `flag is True` / `flag is False` of a flag known to be a bool is decided (True and False are the only
objects of their type), so a function called with its default `randomize=True` takes the branch it guards, and one
called with `1` does not (`1 is True` is false). Truths come from running each program."""

from engine_support import hints_and_truth

DEFAULT_FLAG = """
from typing import Optional

import torch


def sample_depths(origins, num_samples: int, randomize: Optional[bool] = True):
    depths = torch.linspace(2.0, 6.0, num_samples)
    if randomize is True:
        depths = depths + torch.rand(list(origins.shape[:-1]) + [num_samples])
    if randomize is not False:
        depths = depths * 2
    return origins[..., None, :] * depths[..., :, None]


origins = torch.zeros(16, 12, 3)
randomized = sample_depths(origins, 8)
uniform = sample_depths(origins[0], 8, randomize=False)
given_one = sample_depths(origins[:, 0], 8, randomize=1)
"""


def test_identity_with_a_bool_is_decided(monkeypatch):
    found, truth = hints_and_truth(DEFAULT_FLAG, monkeypatch)
    for name in ("randomized", "uniform", "given_one"):
        assert found.get(name) == truth[name], name
