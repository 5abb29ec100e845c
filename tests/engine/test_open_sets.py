"""Engine tests: a set the program adds members to that the engine does not know exactly (`s.add(randrange(n))`,
the sets of a `defaultdict(set)`) holds members each of the kind added, and so do the sets `union` and its kin make
of it, also over a list of such sets spread into `set.union(*sets)`: a list made of one gives a tensor of one
dimension whose length is not known. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

ADDED = """
import random
import torch

seen = set()
for _ in range(6):
    seen.add(random.randrange(20))
ids = torch.LongTensor(list(seen))
joined = torch.LongTensor(list(seen.union({3, 4})))
common = torch.tensor(list(seen.intersection({3, 4})))
"""


def test_a_set_of_added_ints_gives_a_vector(monkeypatch):
    found, truth = hints_and_truth(ADDED, monkeypatch)
    for name in ("ids", "joined", "common"):
        assert found[name] == "[?]" and agrees(found[name], truth[name])


NEIGHBOURS = """
import random
from collections import defaultdict

import torch

neighbours = defaultdict(set)
for node in range(30):
    other = random.randrange(30)
    neighbours[node].add(other)
    neighbours[other].add(node)

batch = list(range(8))
sampled = [set(random.sample(list(neighbours[n]), 1)) for n in batch]
unique = list(set.union(*sampled))
features = torch.nn.Embedding(30, 16)(torch.LongTensor(unique))
"""


def test_the_union_of_a_list_of_neighbour_sets_gives_a_vector(monkeypatch):
    found, truth = hints_and_truth(NEIGHBOURS, monkeypatch)
    assert found["features"] == "[?, 16]" and agrees(found["features"], truth["features"])


TUPLES = """
import random
import torch

pairs = set()
for _ in range(4):
    pairs.add((random.randrange(5), random.randrange(5)))
rows = torch.LongTensor(list(pairs))
"""


def test_a_set_of_added_pairs_gives_a_matrix_or_nothing(monkeypatch):
    found, truth = hints_and_truth(TUPLES, monkeypatch)
    assert agrees(found.get("rows"), truth["rows"])
