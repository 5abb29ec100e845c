"""Engine tests: a count the data decides (the rows `nonzero` finds, what `masked_select`, boolean indexing or
`unique` keep) may be 1, although torch's symbolic squeeze keeps such a size: squeezing it leaves the rank unknown
(`mask.nonzero().squeeze()` is 0-d where exactly one item matches). Truths come from running the snippet."""

from engine_support import hints_and_truth

COUNTS = """
import torch

scores = torch.randn(5)
mask = scores > 10
mask[2] = True
matched = mask.nonzero().squeeze()
where_matched = torch.where(mask)[0].squeeze()
selected = scores.masked_select(mask).squeeze()
indexed = scores[mask].squeeze()
column = torch.nonzero(mask).squeeze(1)
"""


def test_squeezing_a_data_dependent_count_gives_no_rank(monkeypatch):
    found, truth = hints_and_truth(COUNTS, monkeypatch)
    for name in ("matched", "where_matched", "selected", "indexed"):
        assert truth[name] == "[]" and name not in found, name
    assert found.get("column") == "[?]" and truth["column"] == "[1]"
