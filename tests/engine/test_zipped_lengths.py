"""Engine tests: `zip` over tensors and arrays of known numbers of rows yields as many tuples as the shortest has
items, so a list a loop over it fills once per tuple has that many items."""

from engine_support import agrees, hints_and_truth

ZIPPED = """
import numpy as np
import torch

deltas = np.zeros((128, 1), dtype=np.float32).flatten()
dones = np.zeros((130, 1), dtype=np.bool_).flatten()
rewards = torch.zeros(140)
advantages = []
for delta, done in zip(deltas[::-1], dones[::-1]):
    advantages.append(delta * (~done))
advantage = torch.tensor(advantages)
returns = []
for reward, delta in zip(rewards, deltas):
    returns.append(float(reward) + float(delta))
discounted = torch.tensor(returns)
"""


def test_zip_yields_as_many_tuples_as_its_shortest_iterable(monkeypatch):
    found, truth = hints_and_truth(ZIPPED, monkeypatch)
    for name in ("advantage", "discounted"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


NAMED = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--steps", type=int, default=7)
args = parser.parse_args()
rewards = [0.5] * args.steps
masks = [True] * args.steps
kept = []
for reward, mask in zip(rewards, masks):
    kept.append(reward * mask)
paired = torch.tensor(kept)
backwards = []
for reward, mask in zip(reversed(rewards), reversed(masks)):
    backwards.append(reward)
reversed_pairs = torch.tensor(backwards)
stream = iter(rewards)
firsts = []
for first, second in zip(stream, stream):
    firsts.append(first)
halved = torch.tensor(firsts)
"""


def test_zip_of_lists_of_one_named_length_yields_that_many(monkeypatch):
    found, truth = hints_and_truth(NAMED, monkeypatch)
    for name in ("paired", "reversed_pairs"):
        assert truth[name] == "[7]", name
        assert found.get(name) == "[steps]", (name, found.get(name))
    assert agrees(found.get("halved"), truth["halved"]), found.get("halved")
