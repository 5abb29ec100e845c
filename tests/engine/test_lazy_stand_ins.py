"""Unit tests: the stand-in layer that tells where a lazy layer reads its input size is built on the meta device,
so its weights (of marker sizes, for symbolic out-channels and kernel sizes a conv of millions of values) are
never allocated."""

import textwrap

import torch
from torch.nn.modules.lazy import LazyModuleMixin
from torch_lsp.analysis.engine import analyse

CONV = """
import os
import torch
import torch.nn as nn

sizes = list(map(int, os.environ["SIZES"].split(",")))
width = int(os.environ["WIDTH"])
kernel = int(os.environ["KERNEL"])
conv = nn.Conv1d(sizes[0], width, kernel)
out = conv(torch.randn(4, 8, 300))
"""


def test_the_stand_in_of_a_lazy_layer_lives_on_meta(monkeypatch):
    devices: list[str] = []
    original = LazyModuleMixin._infer_parameters

    def spied(self, module, args, kwargs=None):
        original(self, module, args, kwargs)
        devices.extend(p.device.type for p in module.parameters())

    monkeypatch.setattr(LazyModuleMixin, "_infer_parameters", spied)
    analyse(textwrap.dedent(CONV), torch, "cpu", 4096, 30.0)
    assert devices and set(devices) == {"meta"}
