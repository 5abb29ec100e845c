"""Engine tests: loops run item by item share the unroll limit with the loops around them (an episode loop within
a training loop would otherwise run its body hundreds of times); an inner loop past its share is a fix-point whose
hints still agree with the run. Truths come from running each program."""

import pytest
from engine_support import agrees, hints_and_truth

EPISODES = """
import torch

steps = 0
rewards = torch.zeros(4)
while steps < 20:
    done = False
    length = 0
    while not done:
        window = torch.randn(length + 1, 4)
        rewards = rewards + window.mean(0)
        length += 1
        done = length >= 7
    steps += 1
last = window
for epoch in range(3):
    for width in (2, 3, 5):
        batch = torch.randn(8, width)
final = batch
total = rewards * 2
"""


def test_inner_loops_past_their_share_keep_sound_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    hints, truth = hints_and_truth(EPISODES, monkeypatch)
    for name, hint in hints.items():
        assert agrees(hint, truth[name]), (name, hint, truth[name])
    assert hints["final"] == truth["final"] == "[8, 5]"  # 3 x 3 runs are within the share: run item by item
    assert hints["total"] == truth["total"] == "[4]"
    assert "last" in hints
