"""The ints of a `range(...)` too long to unroll lie within its bounds, a fresh int on each pass of the loop: a
window `xs[i:i + n]` of a list (or a tensor) that the bounds keep inside is n long, one that may run past the
end is not known, and two passes never share an int (`i - prev` is no constant)."""

from engine_support import hints_and_truth

SLIDING = """
import torch

text = "I had always thought Jack Gisburn rather a cheap genius. " * 12
ids = list(text[:500].encode("utf-8"))
inputs, targets = [], []
for i in range(0, len(ids) - 16, 16):
    chunk = torch.tensor(ids[i:i + 16])
    following = torch.tensor(ids[i + 1:i + 17])
    inputs.append(chunk)
    targets.append(following)
batch = torch.stack(inputs)
data = torch.randn(100, 3)
for t in range(1, 99):
    around = data[t - 1:t + 2]
    tail = data[t:t + 4]
prev = 0
for step in range(0, 90):
    gap = torch.zeros(step - prev + 2)
    prev = step
"""


def test_windows_inside_a_range_bound_are_exact(monkeypatch):
    found, truth = hints_and_truth(SLIDING, monkeypatch)
    for name in ("chunk", "following", "batch", "around"):
        assert found[name] == truth[name], name
    assert found["tail"] != truth["tail"]  # data[98:102] is 2 long: not known to be 4
    assert found["gap"] != truth["gap"]  # the same int on two passes would make it [2]
