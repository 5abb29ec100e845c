"""Engine tests: a dict display with `**mapping` entries has the mapping's entries, later ones replacing earlier
ones; a key that is not a known string, or a mapping whose entries are unknown, leaves a dict of unknown entries,
each one of the values. Truths come from running each program."""

from engine_support import hints_and_truth

MERGED = """
import os
import torch


def extra(row, scale):
    return {"ids": torch.zeros(scale, 2), "name": row["name"]}


row = {"name": "a", "ids": torch.zeros(1)}
merged = {**row, **extra(row, scale=3), "mask": torch.ones(4)}
ids = merged["ids"]
mask = merged["mask"]
name_length = len(merged["name"])
keyed = {int(os.environ.get("SEED", "0")): torch.zeros(5, 2), "other": torch.zeros(5, 2)}
some = keyed[0]
"""


def test_double_star_entries_merge_into_a_dict_display(monkeypatch):
    found, truth = hints_and_truth(MERGED, monkeypatch)
    assert found["ids"] == truth["ids"] == "[3, 2]"  # the later mapping's entry replaces the earlier one
    assert found["mask"] == truth["mask"] == "[4]"
    assert found["some"] == truth["some"] == "[5, 2]"  # an int key: one of the values
