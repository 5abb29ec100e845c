"""Engine tests: F.pad in its constant mode by amounts worked out from a size read at run time (padding an image
to a multiple of a window) pads each size by both its amounts, as in the reflect mode."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

PADS = """
import argparse
import torch
import torch.nn.functional as F

parser = argparse.ArgumentParser()
parser.add_argument("--size", type=int, default=30)
args = parser.parse_args()
x = torch.randn(2, 3, args.size, args.size)
H, W = x.shape[2:]
pad_h = (7 - H % 7) % 7
pad_w = (7 - W % 7) % 7
padded = F.pad(x, (0, pad_w, 0, pad_h))
filled = F.pad(x[:, 0], (1, pad_w), value=1.0)
reflected = F.pad(x, (0, pad_w, 0, pad_h), mode="reflect")
"""


def test_constant_padding_by_a_symbolic_amount_adds_it(monkeypatch):
    analysis = analyse(textwrap.dedent(PADS), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = executed(PADS, "UNUSED", "", monkeypatch)
    assert found["padded"] == "[2, 3, size+pad_h, size+pad_w]" and list(truth["padded"]) == [2, 3, 35, 35]
    assert found["filled"] == "[2, size, size+pad_w+1]" and list(truth["filled"]) == [2, 30, 36]
    assert found["reflected"] == found["padded"] and list(truth["reflected"]) == [2, 3, 35, 35]
