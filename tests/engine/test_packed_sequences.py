"""Packed sequences: pack_padded_sequence and pack_sequence, a recurrent layer run on their result, and
pad_packed_sequence back to a padded batch. Truths come from running each program; a sum or maximum of lengths
the engine does not know is `?`, and a call torch refuses gives no hint."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

KNOWN_LENGTHS = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_packed_sequence

padded = torch.randn(9, 4, 12)
packed = pack_padded_sequence(padded, [9, 7, 6, 3])
data = packed.data
steps = packed.batch_sizes
gru = nn.GRU(12, 16, num_layers=2, bidirectional=True)
encoded, h_n = gru(packed)
encoded_data = encoded.data
outputs, lengths = pad_packed_sequence(encoded)
wide, _ = pad_packed_sequence(encoded, batch_first=True, total_length=12)

rows = padded.transpose(0, 1)
unsorted = pack_padded_sequence(rows, torch.tensor([6, 9, 3, 7]), batch_first=True, enforce_sorted=False)
order = unsorted.sorted_indices
lstm = nn.LSTM(12, 16, proj_size=5)
projected, (p_n, c_n) = lstm(unsorted, (torch.zeros(1, 4, 5), torch.zeros(1, 4, 16)))
restored, restored_lengths = pad_packed_sequence(projected, batch_first=True)

words = pack_sequence([torch.randn(5, 3), torch.randn(5, 3), torch.randn(2, 3)])
word_data = words[0]
"""

UNKNOWN_LENGTHS = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_packed_sequence

lengths = torch.randint(1, 10, (4,))
padded = torch.randn(4, 9, 12)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
data = packed.data
encoded, (h_n, c_n) = nn.LSTM(12, 16, batch_first=True)(packed)
outputs, out_lengths = pad_packed_sequence(encoded, batch_first=True)
full, _ = pad_packed_sequence(encoded, batch_first=True, total_length=padded.shape[1])

sentences = [torch.randn(int(n), 3) for n in torch.randint(1, 6, (3,))]
words = pack_sequence(sentences, enforce_sorted=False)
word_data = words.data
"""

REFUSED = """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

padded = torch.randn(9, 4, 12)
packed = pack_padded_sequence(padded, [9, 7, 6, 3])
encoded, h_n = nn.GRU(12, 16)(packed)
other_batch, other_state = nn.GRU(12, 16)(packed, torch.zeros(1, 3, 16))
other_width, width_state = nn.GRU(10, 16)(packed)
stepped = nn.GRUCell(12, 16)(packed)
short, short_lengths = pad_packed_sequence(encoded, total_length=5)
unsorted = pack_padded_sequence(padded, [6, 9, 3, 7])
unsorted_data = unsorted.data
too_long = pack_padded_sequence(padded, [10, 7, 6, 3])
too_long_data = too_long.data
empty = pack_padded_sequence(padded, [9, 7, 6, 0])
empty_data = empty.data
three = pack_padded_sequence(padded, [9, 7, 6])
three_data = three.data
"""


def _dims(text: str) -> list[str]:
    return text.strip("[]").split(", ")


def _check(found: dict[str, str], truth: dict[str, str], names: list[str]) -> None:
    for name in names:
        hint, ran = _dims(found[name]), _dims(truth[name])
        assert len(hint) == len(ran), (name, found[name], truth[name])
        for dim, size in zip(hint, ran, strict=True):
            assert dim == size or not dim.isdigit(), (name, found[name], truth[name])


def test_known_lengths_give_exact_shapes(monkeypatch):
    found, truth = hints_and_truth(KNOWN_LENGTHS, monkeypatch)
    names = [
        "data",
        "steps",
        "encoded_data",
        "h_n",
        "outputs",
        "lengths",
        "wide",
        "order",
        "p_n",
        "c_n",
        "restored",
        "restored_lengths",
        "word_data",
    ]
    for name in names:
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_unknown_lengths_leave_only_their_sum_and_maximum_symbolic(monkeypatch):
    found, truth = hints_and_truth(UNKNOWN_LENGTHS, monkeypatch)
    _check(found, truth, ["data", "h_n", "c_n", "outputs", "out_lengths", "full", "word_data"])
    assert found["data"] == "[?, 12]"
    assert found["outputs"] == "[4, ?, 16]"
    assert found["full"] == "[4, 9, 16]"
    assert found["h_n"] == found["c_n"] == "[1, 4, 16]"
    assert found["word_data"] == "[?, 3]"


def test_calls_torch_refuses_or_packs_wrongly_give_no_hint():
    analysis = analyse(textwrap.dedent(REFUSED), torch, "cpu", 4096, 30.0)
    found = {binding.name for binding in analysis.hints()}
    assert "h_n" in found
    refused = {"other_batch", "other_state", "other_width", "width_state", "stepped", "short", "short_lengths"}
    assert not found & (refused | {"unsorted_data", "too_long_data", "empty_data", "three_data"})
