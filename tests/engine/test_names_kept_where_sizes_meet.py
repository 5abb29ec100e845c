"""Engine tests: a named size torch finds equal to a size of no name (the option `size` joined with the fresh
size an interpolation by a float factor made) keeps its name on both, in every hint that holds either. Truths come
from running the snippet."""

from engine_support import agrees, hints_and_truth

SKIP_JOIN = """
import argparse
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--size", type=int, default=32)
args = parser.parse_args()
image = torch.randn(2, 3, args.size, args.size)
down = nn.Conv2d(3, 8, 3, stride=2, padding=1)(image)
up = nn.functional.interpolate(down, scale_factor=2, mode="nearest")
joined = torch.cat([up, image], dim=1)
"""


def test_a_named_size_found_equal_to_an_unnamed_one_keeps_its_name(monkeypatch):
    found, truth = hints_and_truth(SKIP_JOIN, monkeypatch)
    assert all(agrees(found[name], truth[name]) for name in ("image", "up", "joined"))
    assert found["image"] == "[2, 3, size, size]"
    assert found["up"].startswith("[2, 8, size, ") and found["joined"].startswith("[2, 11, size, ")
