"""Unit tests: an out-of-place indexed write (`index_copy`, `index_add`, `index_fill`, `scatter`) gives a tensor of
its tensor's shape even where the index is not known (here a 1-d or 0-d index, on paths the engine cannot tell
apart), or where torch's check on its sizes may fail for some of them."""

from engine_support import hints_and_truth

SRC = """
import torch

pos = torch.randint(0, 3, (3,))
if pos.max() >= 8:
    pos = torch.tensor(7)
cache = torch.zeros(2, 4, 8, 5)
new = torch.randn(2, 4, 3, 5)
copied = cache.index_copy(2, pos, new)
added = cache.index_add(2, pos, new)
filled = cache.index_fill(2, pos, 0.0)
rows = torch.zeros(6, 3)
scattered = rows.scatter(0, pos.view(-1, 1).expand(-1, 3), 1.0)
"""


def test_an_indexed_write_keeps_its_tensors_shape_whatever_the_index(monkeypatch):
    found, truth = hints_and_truth(SRC, monkeypatch)
    for name in ("copied", "added", "filled", "scattered"):
        assert found[name] == truth[name], name


SIZES = """
import torch

lengths = torch.randint(5, 9, (3,)).sort(descending=True).values
values = torch.rand(2, int(lengths.max()))
index = torch.randint(0, 6, (2, int(lengths[0])))
base = torch.zeros(2, 6)
added = base.scatter_add(1, index, values)
scattered = base.scatter(1, index, values)
summed = torch.scatter_add(base, 1, index, values)
"""


def test_an_indexed_write_keeps_its_tensors_shape_where_the_index_may_outgrow_the_values(monkeypatch):
    # the index's length and the values' are equal but not known to be: torch's check may fail for some sizes
    found, truth = hints_and_truth(SIZES, monkeypatch)
    for name in ("added", "scattered", "summed"):
        assert found[name] == truth[name], name
