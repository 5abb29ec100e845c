"""Engine tests: a view or reshape with one size whose value the engine does not know (the length after a padding
a branch may have made, a size read from a configuration) still has a shape: the run that goes on had the size
that makes the element count match, the one torch infers for -1. Truths come from running each program."""

from engine_support import hints_and_truth

PERIODS = """
import json
import os
import torch
import torch.nn.functional as F

config = json.loads(os.environ.get("UNUSED") or '{"length": 2050, "heads": 4}')
audio = torch.randn(2, 1, config["length"])
b, c, t = audio.shape
period = 3
if t % period != 0:
    n_pad = period - (t % period)
    audio = F.pad(audio, (0, n_pad), "reflect")
    t = t + n_pad
folded = audio.view(b, c, t // period, period)
tokens = torch.randn(2, 5, 32)
heads = tokens.reshape(2, 5, config["heads"], 8)
split = tokens.reshape((2, 5, config["heads"], 8))
"""


def test_one_unknown_size_is_the_one_that_fits(monkeypatch):
    found, truth = hints_and_truth(PERIODS, monkeypatch)
    assert truth["folded"] == "[2, 1, 684, 3]"
    assert found.get("folded") == "[2, 1, ?, 3]"
    assert found.get("heads") == found.get("split") == truth["heads"] == "[2, 5, 4, 8]"


def test_two_unknown_sizes_stay_symbols(monkeypatch):
    source = """
    import json
    import os
    import torch

    config = json.loads(os.environ.get("UNUSED") or '{"heads": 4, "width": 8}')
    tokens = torch.randn(2, 5, 32)
    heads = tokens.view(2, 5, config["heads"], config["width"])
    """
    found, truth = hints_and_truth(source, monkeypatch)
    assert truth["heads"] == "[2, 5, 4, 8]"
    assert found["heads"] == "[2, 5, heads, width]"  # neither stands as -1: each is a size of its own
