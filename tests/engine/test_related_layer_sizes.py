"""Unit tests: a layer built on symbolic sizes that are made of the same symbol (`nn.Embedding(n + 1, d,
padding_idx=n)`, a padding row after the vocabulary) gets stand-ins that keep their relation, so the padding index
stays in range and the layer is built, where it was refused (and torch's refusal reported as an error)."""

import textwrap

import torch
from engine_support import agrees, hints_and_truth
from torch_lsp.analysis.engine import analyse

EMBEDDINGS = """
import pickle
import torch
import torch.nn as nn

vocabulary = pickle.loads(pickle.dumps({"red": 0, "green": 1, "blue": 2}))
count = len(vocabulary)
embedding = nn.Embedding(count + 1, 12, padding_idx=count)
tokens = torch.full((4, 9), count, dtype=torch.long)
embedded = embedding(tokens)
table = embedding.weight
pair = nn.Embedding(count * 2, 5, padding_idx=count)
paired = pair(tokens)
"""


def test_sizes_of_one_symbol_keep_their_relation(monkeypatch):
    found, truth = hints_and_truth(EMBEDDINGS, monkeypatch)
    assert found["embedded"] == truth["embedded"] == "[4, 9, 12]"
    assert found["paired"] == truth["paired"] == "[4, 9, 5]"
    assert found["table"] != truth["table"] and agrees(found["table"], truth["table"])


def test_a_related_padding_index_is_no_error():
    assert analyse(textwrap.dedent(EMBEDDINGS), torch, "cpu", 4096, 30.0).issues == []
