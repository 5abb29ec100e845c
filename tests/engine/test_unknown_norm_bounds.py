"""Engine tests: a layer argument declared `float | None` with no default value (an embedding's `max_norm`) bounds
values, never sizes: read from a file the engine cannot see, the layer is still built, as with its default
(torch_model). Truths come from running the program."""

from engine_support import hints_and_truth

BOUND_FROM_FILE = """
import json
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "spec.json")
with open(path, "w") as out:
    json.dump({"bound": 1.0, "count": 8}, out)
with open(path) as given:
    spec = json.load(given)
codes = torch.nn.Embedding(8, 16, max_norm=spec["bound"])
bag = torch.nn.EmbeddingBag(8, 4, spec["bound"], mode="sum")
ids = torch.randint(0, 8, (5,))
vectors = codes(ids)
size_loss = torch.sum(torch.norm(vectors, dim=1))
bagged = bag(ids.view(1, 5))
"""


def test_an_unknown_norm_bound_keeps_the_layer(monkeypatch):
    found, truth = hints_and_truth(BOUND_FROM_FILE, monkeypatch)
    for name in ("vectors", "size_loss", "bagged"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
