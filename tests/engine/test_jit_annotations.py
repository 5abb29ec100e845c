"""`torch.jit.annotate(T, value)` only types `value` for the TorchScript compiler: run eagerly it returns `value`, so
a list it annotates keeps the tensors appended to it (a wavelet pyramid's levels)."""

from engine_support import hints_and_truth

PYRAMID = """
from typing import List

import torch

x = torch.randn(2, 32, 6)
levels = torch.jit.annotate(List[torch.Tensor], [])
for _ in range(3):
    x = x[:, ::2] + x[:, 1::2]
    levels += [x]
coarse = levels[-1]
finest = levels[0]
pair = torch.jit.annotate(the_type=List[torch.Tensor], the_value=[x, x])
joined = torch.cat(pair, 1)
"""


def test_an_annotated_list_is_the_list_it_is_given(monkeypatch):
    found, truth = hints_and_truth(PYRAMID, monkeypatch)
    for name in ("coarse", "finest", "joined"):
        assert found.get(name) == truth[name]
