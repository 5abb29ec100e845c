"""Engine tests: a list a call gave, changed in place (`groups.setdefault(key, []).append(x)`, a getter's list
appended to), is the list the program holds where the call found it: the change reaches the dict or object that
holds it. Truths come from running each program."""

from engine_support import hints_and_truth

HELD = """
import torch


class History:
    def __init__(self):
        self.items = []

    def entries(self):
        return self.items


groups = {}
for key in ["a", "b"]:
    groups.setdefault(key, []).append(torch.zeros(2))
groups["a"].append(torch.zeros(2))
grouped = torch.stack(groups["a"])
history = History()
history.entries().append(torch.zeros(3))
history.entries().append(torch.zeros(3))
kept = torch.stack(history.items)
"""


def test_a_list_a_call_gave_changed_in_place_changes_its_holder(monkeypatch):
    found, truth = hints_and_truth(HELD, monkeypatch)
    assert found.get("grouped") in (None, "[?, 2]", truth["grouped"])
    assert found.get("kept") in (None, "[?, 3]", truth["kept"])
