"""Engine tests: a layer built with an input size read from a configuration the engine cannot read, called on an
input of a known size: in a run that goes on the two are equal, so the call gives the layer's output (the layer
keeps its symbol). Truths come from running the program with several configurations."""

import json

from test_open_world_values import checked

MATCHED = """
import json
import os
import torch
import torch.nn as nn

config = json.loads(os.environ["SEED"])
project = nn.Linear(config["features"], config["width"])
conv = nn.Conv2d(config["channels"], 8, 3)
norm = nn.BatchNorm1d(config["features"])
rnn = nn.GRU(config["features"], 12, batch_first=True)
x = torch.randn(3, 16)
images = torch.randn(2, 3, 10, 10)
hidden = project(x)
maps = conv(images)
normed = norm(x)
steps, last = rnn(torch.randn(3, 5, 16))
weight = project.weight
"""


def test_a_layer_takes_the_input_size_it_is_given(monkeypatch):
    runs = tuple(json.dumps({"features": 16, "width": w, "channels": 3}) for w in (4, 9))
    hints = checked(MATCHED, monkeypatch, runs)
    assert hints["hidden"] == "[3, width]"
    assert hints["maps"] == "[2, 8, 8, 8]"
    assert hints["normed"] == "[3, 16]"
    assert (hints["steps"], hints["last"]) == ("[3, 5, 12]", "[1, 3, 12]")
    assert hints["weight"] == "[width, features]"  # the layer itself keeps what it was built with


SIZED_BY_INPUT = """
import json
import os
import torch
import torch.nn as nn

sizes = json.loads(os.environ["SEED"])  # layer widths the engine cannot read
mlp = nn.Sequential()
for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
    mlp.add_module(f"L{i}", nn.Linear(a, b))
head = nn.Linear(sizes[-1], 8)
hidden = mlp(torch.randn(5, 784))
latent = head(hidden)
"""


def test_a_layer_of_unknown_input_size_takes_a_symbolic_one_from_its_input(monkeypatch):
    hints = checked(SIZED_BY_INPUT, monkeypatch, ("[784, 256]", "[784, 128, 32]"))
    assert hints["hidden"] == "[5, ?]"
    assert hints["latent"] == "[5, 8]"
