"""Engine tests: the ends of `torch.linspace` and `torch.logspace` never change the result's shape, [steps], so
ends whose values are unknown (read from a configuration the engine cannot see) still give it. Truths come from
running each program."""

from engine_support import hints_and_truth

SCHEDULE = """
import json
import os
import torch

config = json.loads(os.environ.get("UNUSED") or '{"start": 0.0001, "end": 0.02, "steps": 20}')
betas = torch.linspace(config["start"], config["end"], config["steps"])
alphas = torch.cumprod(1.0 - betas, dim=0)
scales = torch.logspace(start=config["start"], end=config["end"], steps=config["steps"])
grid = torch.linspace(torch.tensor(config["start"]), float(config["end"]), 7)
"""


def test_unknown_ends_keep_the_number_of_steps(monkeypatch):
    found, truth = hints_and_truth(SCHEDULE, monkeypatch)
    assert found.get("betas") == found.get("alphas") == found.get("scales") == "[steps]"
    assert truth["betas"] == truth["scales"] == "[20]"
    assert found.get("grid") == truth["grid"] == "[7]"
