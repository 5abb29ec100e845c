"""Unit tests: a legacy tensor class given two or more arguments takes each as a size (anything but an int raises
TypeError), so an argument of unknown value among them is a size of unknown value and the rank is the count."""

from engine_support import hints_and_truth

UNSEEN = """
import pickle
import torch

frames = [torch.zeros(80, 37), torch.zeros(80, 39)]
stored = pickle.loads(pickle.dumps(frames))
longest = max(mel.size(1) for mel in stored)
mel_padded = torch.FloatTensor(len(frames), 80, longest)
gate_padded = torch.LongTensor(len(frames), longest)
gate_column = gate_padded.view(-1, 1)
"""


def test_an_unknown_argument_among_sizes_is_a_size(monkeypatch):
    found, truth = hints_and_truth(UNSEEN, monkeypatch)
    assert truth["mel_padded"] == "[2, 80, 39]" and found["mel_padded"] == "[2, 80, longest]"
    assert truth["gate_padded"] == "[2, 39]" and found["gate_padded"] == "[2, longest]"
    assert truth["gate_column"] == "[78, 1]" and found["gate_column"] == "[2*longest, 1]"
