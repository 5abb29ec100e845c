"""Unit tests: `collections.defaultdict(factory)` reads each key as `factory()` until the program changes the
entry; entries changed through keys the engine does not know are any of the values they were given."""

from engine_support import hints_and_truth

GROUPED = """
import collections
import sys
from collections import defaultdict

import torch

pairs = [(int(a), int(b)) for a, b in zip(sys.argv[1::2], sys.argv[2::2])] or [(1, 5), (1, 6), (2, 7)]
first = pairs[0][0]
tensors = defaultdict(list)
for user, item in pairs:
    tensors[user].append(torch.zeros(3))
stacked = torch.stack(tensors[first])
empty = collections.defaultdict(list)
none_yet = torch.zeros(len(empty[first]))
items = defaultdict(list)
for user, item in pairs:
    items[user].append(item)
counted = torch.zeros(len(items[first]))
"""


def test_a_default_dict_reads_its_factory_and_its_changes(monkeypatch):
    found, truth = hints_and_truth(GROUPED, monkeypatch)
    assert found["stacked"] == "[?, 3]" and truth["stacked"] == "[2, 3]"
    assert found["none_yet"] == truth["none_yet"] == "[0]"
    assert truth["counted"] == "[2]" and found.get("counted") != "[0]"


TRIPLES = """
import os
from collections import defaultdict

import numpy as np
import torch

count = int(os.environ.get("COUNT", "40"))
triples = [(i % 7, i % 3, (i * 5) % 7) for i in range(count)]
er_vocab = defaultdict(list)
for head, relation, tail in triples:
    er_vocab[(head, relation)].append(tail)
pairs = list(er_vocab.keys())
for start in range(0, len(pairs), 4):
    batch = np.array(pairs[start:start + 4])
    heads = torch.tensor(batch[:, 0])
    pair = torch.tensor(pairs[start])
counts = defaultdict(int)
for head, relation, tail in triples:
    counts[(head, tail)] += 1
seen = defaultdict(list)
found = seen[("a", "b", "c")]
for key in counts:
    counted = torch.tensor(key)
for key in seen:
    touched = torch.tensor([len(part) for part in key])
"""


def test_a_default_dict_has_the_keys_the_program_reads_and_stores(monkeypatch):
    found, truth = hints_and_truth(TRIPLES, monkeypatch)
    assert (found.get("heads"), truth["heads"]) == ("[?]", "[1]")  # the last batch
    assert found.get("pair") == truth["pair"] == "[2]"
    assert found.get("counted") == truth["counted"] == "[2]"
    assert found.get("touched") == truth["touched"] == "[3]"  # reading a missing key inserted it
