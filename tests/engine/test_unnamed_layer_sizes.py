"""Unit tests: a layer size computed from values the engine does not know (`1 + config["covariates"] + ...`) is a
size of no name and no probe value, so the layer is built on it as on a named size (see symbolic_layers), where
it had no value at all; a layer with a lazy counterpart still reads an unknown input size from its input."""

from engine_support import hints_and_truth

LAYERS = """
import pickle
import torch
import torch.nn as nn

config = pickle.loads(pickle.dumps({"covariates": 4, "embedding": 8}))
lstm = nn.LSTM(1 + config["covariates"] + config["embedding"], 16, 2)
steps = torch.randn(5, 3, 13)
out, (h_n, c_n) = lstm(steps)
gru = nn.GRU(config["covariates"] * 2, 6)
out2, h2 = gru(torch.randn(7, 2, 8))
head = nn.Linear(16, config["covariates"] + 1)
scores = head(out)
lazy = nn.Linear(config["covariates"] * 4, 3)
projected = lazy(torch.randn(2, 16))
"""


def test_a_size_computed_from_unknown_values_builds_the_layer(monkeypatch):
    found, truth = hints_and_truth(LAYERS, monkeypatch)
    for name in ("out", "h_n", "c_n", "out2", "h2", "projected"):
        assert found[name] == truth[name], name
    assert found["scores"] == "[5, 3, ?]" and truth["scores"] == "[5, 3, 5]"
