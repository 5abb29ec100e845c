"""Unit tests: a change through a parameter given a caller's local by name reaches that local surely, since every
branch, loop and early return a callee runs saves and joins the variables of the calls being run; where
the change may not happen (a branch, an early return, a loop of unknown length), the local is the join."""

from engine_support import agrees, hints_and_truth

SURE = """
import torch


def fill(d, n):
    d["x"] = torch.zeros(n, 3)


def add_layer(layers, width):
    layers.append(torch.nn.Linear(width, width * 2))


def through(d, n):
    fill(d, n)


def build():
    cfg = {}
    fill(cfg, 4)
    layers = []
    add_layer(layers, 8)
    return cfg["x"], layers[0](torch.zeros(2, 8))


def nested():
    cfg = {"x": torch.zeros(1)}
    through(cfg, 5)
    return cfg["x"]


filled, projected = build()
twice_removed = nested()
"""

MAYBE = """
import os

import torch

FLAG = os.environ.get("UNUSED")  # "" when the program runs: the engine cannot know it


def in_branch(d):
    if FLAG:
        d["x"] = torch.zeros(6, 3)


def after_early_return(d):
    if not FLAG:
        return
    d["x"] = torch.zeros(6, 3)


def before_early_return(d):
    d["x"] = torch.zeros(6, 3)
    if not FLAG:
        return
    d["x"] = torch.zeros(7)


def in_loop(d):
    for _ in range(len(FLAG)):
        d["x"] = torch.cat([d["x"], d["x"]])


def run(change):
    cfg = {"x": torch.zeros(1)}
    change(cfg)
    return cfg["x"]


branch = run(in_branch)
early = run(after_early_return)
late = run(before_early_return)
looped = run(in_loop)
"""


def test_a_change_through_a_parameter_reaches_the_callers_local(monkeypatch):
    found, truth = hints_and_truth(SURE, monkeypatch)
    for name in ("filled", "projected", "twice_removed"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_a_change_that_may_not_happen_leaves_the_join(monkeypatch):
    found, truth = hints_and_truth(MAYBE, monkeypatch)
    for name in ("branch", "early", "late", "looped"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
