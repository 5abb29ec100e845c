"""A loop with no early exit that grows a list by the same number of items on every pass (`+=` or `extend` of a
display, `append`, and loops nested in it over the same items each pass) leaves it that many items times the
passes longer, even when it is too long to unroll; a nested loop whose count depends on the pass leaves it unknown,
as does one over an iterator, which the first pass uses up."""

from engine_support import agrees, hints_and_truth

PRIORS = """
import itertools
import torch

sizes = [30, 15, 8]
ratios = [[2], [2, 3], [2]]
centres = []
for k, side in enumerate(sizes):
    for row, col in itertools.product(range(side), repeat=2):
        x, y = (col + 0.5) / side, (row + 0.5) / side
        centres += [x, y, 0.1, 0.1]
        for ratio in ratios[k]:
            centres.extend([x, y, 0.1 * ratio, 0.1 / ratio])
priors = torch.tensor(centres).view(-1, 4)
pairs = [0]
for a in range(50):
    for b in range(40):
        pairs.append(a * b)
table = torch.tensor(pairs)
triangle = []
for a in range(60):
    for b in range(a):
        triangle.append(b)
lower = torch.tensor(triangle)
letters = iter("abc")
drawn = []
for a in range(30):
    for letter in letters:
        drawn.append(float(a))
used_up = torch.tensor(drawn)
"""


def test_lists_grown_alike_each_pass_have_known_lengths(monkeypatch):
    found, truth = hints_and_truth(PRIORS, monkeypatch)
    assert found["priors"] == truth["priors"] == "[2603, 4]"
    assert found["table"] == truth["table"] == "[2001]"
    assert found["lower"] != truth["lower"]  # range(a) differs from pass to pass
    assert agrees(found["used_up"], truth["used_up"])  # the first pass uses the iterator up: 3 items, not 90
