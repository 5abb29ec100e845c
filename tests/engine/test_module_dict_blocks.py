"""Engine tests: blocks kept in ModuleDicts whose entries differ (a normalization only the later blocks have):
`name in block` reads the block's names, `block[name]` of one of several blocks is read from those that have it
(the others raise KeyError), and `typing.cast(T, value)` is the value. Truths come from running the program."""

from engine_support import hints_and_truth

BLOCKS = """
import os
from typing import cast
import torch
import torch.nn as nn

blocks = nn.ModuleList(
    [
        nn.ModuleDict(
            {
                "ffn": nn.Linear(16, 16),
                **({} if index == 0 else {"norm": nn.LayerNorm(16)}),
            }
        )
        for index in range(3)
    ]
)
x = torch.randn(4, 7, 16)
hidden = x
for block in blocks:
    block = cast(nn.ModuleDict, block)
    if "norm" in block:
        hidden = block["norm"](hidden)
    hidden = block["ffn"](hidden)
out = hidden
chosen = blocks[1 + len(os.environ.get("UNUSED", "")) % 2]  # a block the engine cannot pick
normed = chosen["norm"](x)
"""


def test_blocks_in_module_dicts_with_different_entries(monkeypatch):
    found, truth = hints_and_truth(BLOCKS, monkeypatch)
    assert found["out"] == truth["out"] == "[4, 7, 16]"
    assert found["normed"] == truth["normed"] == "[4, 7, 16]"
