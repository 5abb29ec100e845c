"""Engine tests: a tuple display makes a `tuple` itself, so `isinstance(t, tuple)` is decided on it, as in the
`pair(t)` helper vision transformers use for image and patch sizes given as an int or a pair. Truths come from
running the program."""

from engine_support import hints_and_truth

PATCHES = """
import torch
import torch.nn as nn


def pair(t):
    return t if isinstance(t, tuple) else (t, t)


def patches(image_size, patch_size):
    height, width = pair(image_size)
    patch_height, patch_width = pair(patch_size)
    return nn.Conv2d(3, 16, (patch_height, patch_width), stride=(patch_height, patch_width)), height, width


square, h, w = patches(32, 8)
wide, wide_h, wide_w = patches((32, 48), (8, 16))
grid = square(torch.randn(2, 3, h, w))
strips = wide(torch.randn(2, 3, wide_h, wide_w))
listed = torch.zeros(pair([4, 5])[0])
"""


def test_isinstance_of_a_tuple_display_is_decided(monkeypatch):
    found, truth = hints_and_truth(PATCHES, monkeypatch)
    for name in ("grid", "strips", "listed"):
        assert found[name] == truth[name], name
