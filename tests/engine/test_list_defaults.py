"""Engine tests: an argparse option whose default is a list or tuple display of constants has a known default, so
`parse_args([...])` with a literal list gives the words it sets (`nargs="+"`, `type=int`) and the default
otherwise. Truths come from running each program."""

from engine_support import hints_and_truth

LIST_DEFAULTS = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--image_size", type=int, nargs="+", default=[384, 512])
parser.add_argument("--crop", type=int, nargs=2, default=(32, 48))
parser.add_argument("--gpus", type=int, nargs="+", default=[0, 1])
args = parser.parse_args(["--image_size", "64", "96", "--gpus", "0"])
height, width = args.image_size
image = torch.zeros(3, height, width)
patch = torch.zeros(*args.crop)
devices = torch.zeros(len(args.gpus))
plain = parser.parse_args([])
big = torch.zeros(plain.image_size[0], plain.image_size[1])
"""


def test_list_default_is_known_and_words_replace_it(monkeypatch):
    found, truth = hints_and_truth(LIST_DEFAULTS, monkeypatch)
    assert found["image"] == truth["image"] == "[3, 64, 96]"
    assert found["patch"] == truth["patch"] == "[32, 48]"
    assert found["devices"] == truth["devices"] == "[1]"
    assert found["big"] == truth["big"] == "[384, 512]"
