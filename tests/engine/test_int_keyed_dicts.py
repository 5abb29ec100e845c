"""Engine tests: a dict display whose keys are known ints keeps each entry by its key, as one keyed by strings does
(a table of widths per group count, of sizes per level), through lookups, `.get`, `.items()`, `in` and updates.
Truths come from running each program."""

from engine_support import agrees, hints_and_truth

TABLES = """
import torch

WIDTHS = {1: [24, 144, 288], 3: [24, 240, 480], 8: [24, 384, 768]}
KERNELS = {2: (3, 1), 4: (5, 2), "default": (7, 3)}
groups = 3
stem = torch.zeros(WIDTHS[groups][0], WIDTHS[groups][1])
last = torch.zeros(WIDTHS.get(8, [0])[-1])
fallback = torch.zeros(WIDTHS.get(5, [16])[0])
kernel = torch.zeros(KERNELS[4][0], KERNELS["default"][1])
widths = [torch.zeros(w[1]) for g, w in WIDTHS.items() if g > 1]
first = widths[0]
count = torch.zeros(len(WIDTHS), 2 if 3 in WIDTHS else 5)
WIDTHS[3] = [8, 16]
changed = torch.zeros(WIDTHS[3][1])
keys = torch.zeros(sum(WIDTHS))
"""


def test_int_keyed_dict_displays_keep_their_entries(monkeypatch):
    found, truth = hints_and_truth(TABLES, monkeypatch)
    for name in ("stem", "last", "fallback", "kernel", "first", "count", "changed"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
