"""A call that fails on a size nothing tells is an error only if it fails whatever that size is: the sizes tried
include the layer's own (a convolution's input channels), so a stack of frames whose count is unknown fed to a
convolution of 4 input channels is no error, while a kernel larger than every frame still is."""

import textwrap

import torch
from engine_support import raising_line

FRAMES = """
import os
import random
import tempfile

import numpy as np
import torch
import torch.nn as nn

path = os.path.join(tempfile.mkdtemp(), "frames.txt")
with open(path, "w") as f:
    f.write("0\\n1\\n2\\n3\\n")


def stacked_frames(path):
    frames = []
    with open(path) as f:
        for line in f:
            frames.append(np.full((8, 8), float(line), dtype=np.float32))
    return np.stack(frames)


def train():
    state = stacked_frames(path)
    replay = []
    for step in range(20):
        replay.append((state, 1))
        if len(replay) >= 6:
            states, actions = zip(*random.sample(replay, 6))
            batch = torch.from_numpy(np.stack(states))
            out = nn.Conv2d(4, 2, 3)(batch)


train()
"""


def sure_errors(source: str) -> list[tuple[int, str]]:
    from torch_lsp.analysis.engine import analyse

    issues = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues
    return [(issue.line + 1, issue.op) for issue in issues if issue.sure]


def test_a_count_that_may_be_the_layers_channels_is_no_error(monkeypatch):
    assert raising_line(FRAMES, monkeypatch) == 0
    assert sure_errors(FRAMES) == []


def test_a_call_that_fails_whatever_the_count_still_is(monkeypatch):
    program = FRAMES.replace("nn.Conv2d(4, 2, 3)", "nn.Conv2d(4, 2, 9)")  # a kernel larger than the frames
    line = program.split("\n").index("            out = nn.Conv2d(4, 2, 9)(batch)") + 1
    assert raising_line(program, monkeypatch) == line
    assert sure_errors(program) == [(line, "torch.nn.Conv2d")]
