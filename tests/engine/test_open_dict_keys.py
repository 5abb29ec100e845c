"""Engine tests: a dict of unknown entries keeps a value covering its keys, so `dict(enumerate(chars))` has int
keys and `{ch: i for i, ch in int2char.items()}` int values, and text encoded through it is an int64 array of
the text's length. Truths come from running the program."""

from engine_support import hints_and_truth

VOCABULARY = """
import os

import numpy as np
import torch

text = os.environ.get("TEXT", "happy families are all alike")
chars = tuple(set(text))
int2char = dict(enumerate(chars))
char2int = {ch: ii for ii, ch in int2char.items()}
encoded = torch.from_numpy(np.array([char2int[ch] for ch in text]))
codes = torch.tensor(sorted(int2char.keys()))
positions = torch.tensor([index for index in int2char])
by_name = {f"w{i}": i for i in range(len(text))}
weights = torch.tensor([value for value in by_name.values()])
"""


def test_keys_of_a_dict_of_unknown_entries(monkeypatch):
    found, truth = hints_and_truth(VOCABULARY, monkeypatch)
    for name in ("encoded", "codes", "positions", "weights"):  # one dimension, its length the text's data
        assert found[name] == "[?]" and "," not in truth[name], name
