"""Engine tests: a tuple cannot change, so every `len()` of one tuple whose length the data decides is one size,
named after the first variable it is assigned to (a char-RNN's one-hot width and its LSTM's input size, each
read with its own `len(...)`). Truths come from running each program."""

from engine_support import hints_and_truth

CHARACTERS = """
import random
import torch
import torch.nn as nn

text = "".join(random.choice("abcdefgh") for _ in range(200))
chars = tuple(set(text))


class CharModel(nn.Module):
    def __init__(self, tokens, hidden):
        super().__init__()
        self.chars = tokens
        self.lstm = nn.LSTM(len(self.chars), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, len(self.chars))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out)


net = CharModel(chars, 16)
n_chars = len(net.chars)
ids = torch.randint(0, n_chars, (4, 10))
inputs = nn.functional.one_hot(ids, len(chars)).float()
scores = net(inputs)
"""


def test_every_len_of_one_tuple_is_one_size(monkeypatch):
    found, truth = hints_and_truth(CHARACTERS, monkeypatch)
    width = truth["scores"].split(", ")[-1].rstrip("]")
    assert truth["inputs"] == f"[4, 10, {width}]" and found.get("inputs") == "[4, 10, n_chars]"
    assert found.get("scores") == "[4, 10, n_chars]"
