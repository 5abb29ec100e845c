"""Engine tests: `key in s` for a set of known constants and a known key is decided by the set's members, whatever
their order, so a loop that keeps the items a set names builds a list of known length. Truths come from running
each program."""

from engine_support import hints_and_truth

KEPT_STEPS = """
import torch

keep = {0, 3, 5}
picked = []
for i in range(8):
    if i in keep:
        picked.append(torch.zeros(i + 1))
first = picked[0]
last = picked[-1]
count = torch.zeros(len(picked))
absent = torch.zeros(2 if 4 not in keep else 7)
named = torch.zeros(3 if "b" in {"a", "b"} else 5)
"""


def test_membership_in_a_set_of_constants_is_decided(monkeypatch):
    found, truth = hints_and_truth(KEPT_STEPS, monkeypatch)
    for name in ("first", "last", "count", "absent", "named"):
        assert found[name] == truth[name], name
    assert truth["count"] == "[3]"
