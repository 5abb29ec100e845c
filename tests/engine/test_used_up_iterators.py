"""An iterator made by `iter()` of a list is used up as it is walked: a loop run again over the same iterator gets
none of the items, so a list grown by nested loops over it is not the items times the passes; `next()` of a fresh
iterator still takes the list's first item."""

from engine_support import agrees, hints_and_truth

NESTED = """
import torch

rows = [torch.zeros(3), torch.ones(3), torch.zeros(3)]
stream = iter(rows)
taken = []
for epoch in range(3):
    for row in stream:
        taken.append(row)
stacked = torch.stack(taken)
head = next(iter(rows))
"""


def test_a_second_pass_over_an_iterator_gets_nothing(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    assert truth["stacked"] == "[3, 3]" and agrees(found.get("stacked"), truth["stacked"])
    assert found["head"] == truth["head"] == "[3]"
