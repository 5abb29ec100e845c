"""Engine tests: `nn.EmbeddingBag` called on indices the engine does not know pools one row of `embedding_dim` per
bag, whatever the indices' shape (embedding_bags): two dimensions, the bag count unknown. Truths come from running
each program."""

from engine_support import agrees, hints_and_truth

UNSEEN_INDICES = """
import pickle
import torch
import torch.nn as nn

bag = nn.EmbeddingBag(10, 3, mode="sum")
indices, offsets = pickle.loads(pickle.dumps((torch.tensor([1, 2, 4, 5, 7]), torch.tensor([0, 2]))))
pooled = bag(indices, offsets)
"""


def test_bags_of_unknown_indices_are_rows_of_the_embedding_dim(monkeypatch):
    found, truth = hints_and_truth(UNSEEN_INDICES, monkeypatch)
    assert truth["pooled"] == "[2, 3]" and found.get("pooled") == "[?, 3]" and agrees(found["pooled"], truth["pooled"])
