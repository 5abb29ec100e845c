"""Engine tests: a `for` over `range(...)` whose length is a named size (`range(n)`, `range(0, n)`,
`range(0, 2 * n, 2)`), which the engine takes to be at least 2, runs that many times, so a list it appends to
once per pass holds that many items; a length that is no named size (`range(1, n)`, which may be 0) or a loop that
may leave early counts nothing. Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

LOOPS = """
import torch

n = int(torch.randint(5, 6, (1,)))
rows = []
for i in range(n):
    rows.append([float(i), 1.0])
by_rows = torch.tensor(rows)
from_zero = []
for i in range(0, n):
    from_zero.append(i)
by_from_zero = torch.tensor(from_zero)
pairs = []
for i in range(0, 2 * n, 2):
    pairs.append([float(i), float(i + 1)])
by_pairs = torch.tensor(pairs)
made = torch.tensor([[1.0, float(i)] for i in range(0, n)])
shorter = []
for i in range(1, n):
    shorter.append([1.0, 2.0])
by_shorter = torch.tensor(shorter)
left = []
for i in range(n):
    if i > 2:
        break
    left.append([1.0, 2.0])
by_left = torch.tensor(left)
"""


def test_a_loop_over_a_named_range_appends_that_many_items(monkeypatch):
    found, truth = hints_and_truth(LOOPS, monkeypatch)
    assert truth["by_rows"] == "[5, 2]" and found["by_rows"] == "[n, 2]"
    assert truth["by_from_zero"] == "[5]" and found["by_from_zero"] == "[n]"
    assert truth["by_pairs"] == "[5, 2]" and found["by_pairs"] == "[n, 2]"
    assert truth["made"] == "[5, 2]" and found["made"] == "[n, 2]"
    for name in ("by_shorter", "by_left"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
