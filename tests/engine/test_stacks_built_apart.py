"""Engine tests: two Sequentials of different lengths built apart (one by each function an option chooses, or on
each path of a branch) are one or the other, even when their layers join (two Linears): calling the one chosen gives
the join of what each gives, not what a stack of any number of any of their layers would, which is how a list a loop
grows is joined (the longer one holds every layer of the shorter one). Truths come from running each program."""

from engine_support import hints_and_truth, reported_and_raising

CHOSEN_BY_NAME = """
import argparse
import torch
from torch import nn


def shallow():
    return nn.Sequential(nn.Linear(4, 3))


def deep():
    return nn.Sequential(nn.Linear(4, 5), nn.Linear(5, 3))


parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="shallow", choices=["shallow", "deep"])
args = parser.parse_args()
model = globals()[args.arch]()
scores = model(torch.ones(2, 4))
"""

BUILT_ON_EACH_PATH = """
import os
import torch
from torch import nn

if os.environ.get("UNUSED") == "deep":
    body = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 6))
else:
    body = nn.Sequential(nn.Linear(4, 6))
features = body(torch.ones(2, 4))
"""


def test_a_sequential_made_by_a_function_chosen_by_name_is_one_or_the_other(monkeypatch):
    found, truth = hints_and_truth(CHOSEN_BY_NAME, monkeypatch)
    assert found["scores"] == truth["scores"]
    assert reported_and_raising(CHOSEN_BY_NAME, monkeypatch) == ([], 0)


def test_sequentials_of_joinable_layers_built_on_two_paths_are_one_or_the_other(monkeypatch):
    found, truth = hints_and_truth(BUILT_ON_EACH_PATH, monkeypatch)
    assert found["features"] == truth["features"]
    assert reported_and_raising(BUILT_ON_EACH_PATH, monkeypatch) == ([], 0)
