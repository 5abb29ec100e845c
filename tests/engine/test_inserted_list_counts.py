"""Engine tests: a loop that inserts into an empty list exactly once per item (`returns.insert(0, total)`, the
discounted returns computed backwards) leaves as many items as it iterated, as one that appends does."""

from engine_support import hints_and_truth

INSERTED = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--steps", type=int, default=6)
args = parser.parse_args()
rewards = [1.0] * args.steps
returns = []
running = 0.0
for reward in reversed(rewards):
    running = reward + 0.9 * running
    returns.insert(0, running)
discounted = torch.tensor(returns)
middle = []
for step in range(args.steps):
    middle.insert(0, torch.zeros(3))
rows = torch.stack(middle)
"""


def test_one_insert_per_item_counts_the_items(monkeypatch):
    found, truth = hints_and_truth(INSERTED, monkeypatch)
    assert truth["discounted"] == "[6]" and truth["rows"] == "[6, 3]"
    assert found.get("discounted") == "[steps]"
    assert found.get("rows") == "[steps, 3]"
