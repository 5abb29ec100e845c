"""Engine tests: settings read from data the engine cannot see (a JSON config) still leave shapes where their
values cannot matter: a layer's float setting (a dropout rate) stands in with its default, and a slice whose
bounds are not known keeps its axis, of a size nothing is known of, in a tensor and in a numpy array. Truths come
from running each program."""

from engine_support import hints_and_truth

CONFIGURED = """
import json
import os
import numpy as np
import torch
import torch.nn as nn

config = json.loads(os.environ.get("CONFIG", '{"p": 0.25, "h": 5, "w": 7, "x": 2}'))
drop = nn.Dropout(config["p"])
dropped = drop(torch.ones(2, 6))
grid = torch.zeros(8, 9, 3)
window = grid[: config["h"], config["x"] : config["x"] + config["w"], :]
image = np.zeros((8, 9, 3), dtype=np.float32)
crop = torch.from_numpy(image[config["x"] :, : config["w"]])
"""


def test_unknown_settings_keep_shapes_they_cannot_change(monkeypatch):
    found, truth = hints_and_truth(CONFIGURED, monkeypatch)
    assert found["dropped"] == truth["dropped"] == "[2, 6]"
    assert truth["window"] == "[5, 7, 3]" and found["window"] == "[?, ?, 3]"
    assert truth["crop"] == "[6, 7, 3]" and found["crop"] == "[?, ?, 3]"
