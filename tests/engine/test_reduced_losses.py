"""Engine tests: a loss reduced to one number (the default `reduction="mean"`, `"sum"`) is a 0-d tensor whatever
its inputs' shapes, also where torch cannot decide whether sizes known only as symbols agree (a reconstruction
against its input, each sized by a configuration the engine cannot read); a loss it shows to raise is still
flagged. Truths come from running the program with several configurations."""

import textwrap

import torch
from test_open_world_values import checked
from torch_lsp.analysis.engine import analyse

RECONSTRUCTED = """
import json
import os
import torch
import torch.nn as nn
import torch.nn.functional as F

size = json.loads(os.environ["SEED"])["size"]  # an image size the engine cannot read
images = torch.randn(2, 3, size, size)
net = nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.ConvTranspose2d(8, 3, 4, stride=2, padding=1))
restored = net(images)
l1 = nn.L1Loss()(restored, images)
summed = F.mse_loss(restored, images, reduction="sum")
"""

MISMATCHED = """
import torch
import torch.nn.functional as F

def loss_of(batch):
    return F.mse_loss(torch.zeros(batch, 10), torch.zeros(batch, 5))
"""


def test_a_reduced_loss_is_a_number_whatever_its_inputs(monkeypatch):
    hints = checked(RECONSTRUCTED, monkeypatch, ('{"size": 16}', '{"size": 32}'))
    assert hints["l1"] == hints["summed"] == "[]"


def test_a_loss_of_inputs_that_cannot_match_is_still_flagged():
    analysis = analyse(textwrap.dedent(MISMATCHED), torch, "cpu", 4096, 30.0)
    assert [issue.line for issue in analysis.issues] == [5]
