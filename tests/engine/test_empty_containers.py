"""Unit tests: nothing is in an empty dict, list or tuple, whatever the key, so the first pass of a counting loop
(`if key not in count: count[key] = start else: count[key] += 1`) takes only the first branch and the counts stay
ints, as word2vec-style subsampling weights read them."""

from engine_support import hints_and_truth

COUNTS = """
import torch

triples = [(int(h), int(h) + 1, 2) for h in torch.randint(0, 5, (6,))]
count = {}
for head, relation, tail in triples:
    if (head, relation) not in count:
        count[(head, relation)] = 4
    else:
        count[(head, relation)] += 1
    if (tail, -relation - 1) not in count:
        count[(tail, -relation - 1)] = 4
    else:
        count[(tail, -relation - 1)] += 1
head, relation, tail = triples[0]
weight = torch.sqrt(1 / torch.Tensor([count[(head, relation)] + count[(tail, -relation - 1)]]))
seen = []
found = torch.zeros(2 if head in seen else 3)
"""


def test_a_key_is_never_in_an_empty_container(monkeypatch):
    found, truth = hints_and_truth(COUNTS, monkeypatch)
    for name in ("weight", "found"):
        assert found[name] == truth[name], name
