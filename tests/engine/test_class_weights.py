"""Engine tests: `nn.NLLLoss` and `nn.CrossEntropyLoss` built with class weights the engine does not know (read
from a file, counted from the data) give the loss's shape as without weights: the weights must be None or one
element per class, and never change the loss's shape or dtype. Truths come from running the snippet."""

from engine_support import hints_and_truth

WEIGHTED = """
import io
import json

import torch
import torch.nn as nn
import torch.nn.functional as F

weights = torch.tensor(json.load(io.StringIO("[1.0, 2.0, 3.0]")))
log_probs = F.log_softmax(torch.randn(4, 3, 5), dim=1)
target = torch.randint(0, 3, (4, 5))
mean = nn.NLLLoss(weights)(log_probs, target)
each = nn.NLLLoss(weight=weights, reduction="none")(log_probs, target)
summed = nn.CrossEntropyLoss(weights, reduction="sum")(torch.randn(4, 3), torch.randint(0, 3, (4,)))
"""


def test_losses_with_unknown_class_weights_keep_their_shape(monkeypatch):
    found, truth = hints_and_truth(WEIGHTED, monkeypatch)
    for name in ("mean", "each", "summed"):
        assert found[name] == truth[name], (name, found.get(name), truth[name])
    assert truth["each"] == "[4, 5]"
