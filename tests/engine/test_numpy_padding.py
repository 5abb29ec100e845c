"""Unit tests: `np.pad` by widths the engine does not know exactly (a length read from a config, less the array's
own) keeps the rank and dtype, the axes padded by such a width of unknown size and the others as they were."""

from engine_support import hints_and_truth

PADDED = """
import os
import numpy as np
import torch

class Config(dict):
    __getattr__ = dict.__getitem__

hp = Config(os.environ.get("HP") and {} or {"pad_short": 3000, "segment_length": 2560})
length = hp.segment_length + hp.pad_short
audio = np.zeros(4608, dtype=np.float32)
short = np.pad(audio, (0, length - len(audio)), mode="constant", constant_values=0.0)
samples = torch.from_numpy(short).unsqueeze(0)
mel = np.zeros((80, 19))
frames = torch.from_numpy(np.pad(mel, ((0, 0), (0, length))))
reflected = torch.from_numpy(np.pad(mel, ((length, length), (1, 2)), mode="reflect"))
everywhere = torch.from_numpy(np.pad(mel, length))
extra = int(os.environ.get("EXTRA", "7"))
sized = torch.from_numpy(np.pad(audio, (extra, 1)))
"""


def test_a_width_of_unknown_value_pads_its_axis_by_an_unknown_size(monkeypatch):
    found, truth = hints_and_truth(PADDED, monkeypatch)
    assert (found.get("samples"), truth["samples"]) == ("[1, ?]", "[1, 5560]")
    assert (found.get("frames"), truth["frames"]) == ("[80, ?]", "[80, 5579]")
    assert (found.get("reflected"), truth["reflected"]) == ("[?, 22]", "[11200, 22]")
    assert (found.get("everywhere"), truth["everywhere"]) == ("[?, ?]", "[11200, 11139]")
    assert (found.get("sized"), truth["sized"]) == ("[extra+4609]", "[4616]")
