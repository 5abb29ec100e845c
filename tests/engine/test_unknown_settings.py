"""Engine tests: settings the engine cannot read (the environment, a config file) still leave shapes of a known
rank: `torch.linspace` gives `steps` points, a slice keeps its axis whatever its bounds (a tensor or a numpy array
takes only ints and None there, and torch's fixed size for `x[:n, :]` is not trusted), `F.pad` takes its list of
unknown amounts with a mode after it, and a layer's float setting (a dropout rate) stands in with its default.
Truths come from running each program."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

SETTINGS = """
import json
import os
import torch
import torch.nn.functional as F

config = json.loads(os.environ.get("CONFIG", '{"steps": 7, "segment": 5}'))
steps = config["steps"]
segment = int(os.environ.get("SEGMENT", "5"))
betas = torch.linspace(1e-4, 0.02, steps)
alphas = torch.cumprod(1.0 - betas, dim=0)
audio = torch.rand(2, 3000)
start = 4
window = audio[:, start : start + config["segment"]]
head = audio[:segment, :, None]
padded = F.pad(audio, (0, config["segment"] - audio.size(1)), "constant")
"""


def test_unknown_settings_keep_the_rank(monkeypatch):
    analysis = analyse(textwrap.dedent(SETTINGS), torch, "cpu", 4096, 30.0)
    found = {b.name: b.value.probe for b in analysis.hints()}
    _, truth = hints_and_truth(SETTINGS, monkeypatch)
    assert truth == {
        "betas": "[7]",
        "alphas": "[7]",
        "audio": "[2, 3000]",
        "window": "[2, 5]",
        "head": "[2, 3000, 1]",
        "padded": "[2, 5]",
    }
    sizes = {name: [d if isinstance(d, int) else "?" for d in probe.shape] for name, probe in found.items()}
    assert sizes["betas"] == sizes["alphas"] == ["?"]
    assert sizes["window"] == [2, "?"]
    assert sizes["head"] == ["?", 3000, 1]
    assert sizes["padded"] == [2, "?"]


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
