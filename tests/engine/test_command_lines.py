"""Engine tests: a program that sets `sys.argv` itself (a notebook's or a driver's idiom) has `parse_args()` parse
that command line, options typed by a function of the program included (parsed as words, their values unknown
unless no word sets them); one set in a branch the engine cannot decide, or inside a function, is not read.
Truths come from running each program."""

from engine_support import hints_and_truth

SET_ARGV = """
import argparse
import os
import sys
from pathlib import Path
import torch


def options():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--size", type=int, default=32)
    parser.add_argument("--frames", type=int, default=16)
    parser.add_argument("--classes", default=400, type=int)
    parser.add_argument("--depth", type=lambda text: int(text), default=18)
    return parser.parse_args()


sys.argv = ["train.py", "--root", ".", "--size", "8", "--frames", "4"]
opt = options()
clip = torch.zeros(2, 3, opt.frames, opt.size, opt.size)
logits = torch.zeros(2, opt.classes)
blocks = torch.zeros(opt.depth, 2)
if os.environ.get("UNUSED"):
    sys.argv = ["train.py", "--size", "16"]
again = options()
later = torch.zeros(again.size, again.classes)


def reset():
    sys.argv = ["train.py", "--size", "2"]


reset()
last = torch.zeros(options().size)
"""


def test_parse_args_reads_the_command_line_the_program_set(monkeypatch):
    found, truth = hints_and_truth(SET_ARGV, monkeypatch)
    assert found["clip"] == truth["clip"] == "[2, 3, 4, 8, 8]"
    assert found["logits"] == truth["logits"] == "[2, 400]"
    assert found["blocks"] == truth["blocks"] == "[18, 2]"  # a `type` of the program's own: no word set it
    assert found["later"] == "[size, classes]" and truth["later"] == "[8, 400]"  # set in a branch: either line
    assert found["last"] == "[size]" and truth["last"] == "[2]"
