"""Engine tests: a recurrent layer called on a PackedSequence whose features surely differ from its input_size is
reported where torch raises (torch cannot run such a call on probes, so the engine checks the size itself), and a
packed input of the right size is not. Truths come from running each program."""

import pytest
from engine_support import reported_and_raising

TAGGER = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

WORD_DIM, CHAR_FEATURES, WIDTHS = 24, 10, (2, 3, 4)


def collate(sentences):
    lengths = torch.tensor([len(s) for s in sentences])
    return pad_sequence([torch.tensor(s) for s in sentences], batch_first=True), lengths


class Encoder(nn.Module):
    def __init__(self, input_size):
        super().__init__()
        self.rnn = nn.GRU(input_size, 16, batch_first=True, bidirectional=True)

    def forward(self, x, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, state = self.rnn(packed)
        return state


words, lengths = collate([[3, 4, 5, 6], [7, 8], [1, 2, 3]])
features = torch.randn(words.size(0), words.size(1), WORD_DIM + CHAR_FEATURES * len(WIDTHS))
encoder = Encoder(WORD_DIM + {features})
state = encoder(features, lengths)
"""


@pytest.mark.parametrize("features", ["CHAR_FEATURES", "CHAR_FEATURES * len(WIDTHS)"])
def test_packed_features_of_another_size_are_reported_where_torch_raises(features, monkeypatch):
    source = TAGGER.replace("{features}", features)
    reported, raising = reported_and_raising(source, monkeypatch)
    assert [line for line, _ in reported] == ([raising] if raising else [])
    assert bool(raising) == (features == "CHAR_FEATURES")
