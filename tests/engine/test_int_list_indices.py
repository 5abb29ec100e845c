"""Engine tests: a tensor indexed by a list of ints whose length the engine does not know (ids looked up in a dict
built by enumerate over data it cannot read): an integer index of that many items, so the result keeps every
other dimension. Truths come from running the program with several environments."""

from test_open_world_values import checked

LOOKED_UP = """
import os
import torch

nodes = os.environ["SEED"].split(",")  # data the engine cannot read
index = {node: i for i, node in enumerate(sorted(set(nodes)))}
ids = [index[node] for node in nodes]
embeddings = torch.randn(len(index), 8)
picked = embeddings[ids]
columns = torch.randn(4, 6, 3)[:, [min(i, 5) for i in ids], :]
"""


def test_a_list_of_ints_of_unknown_length_indexes_as_that_many_items(monkeypatch):
    hints = checked(LOOKED_UP, monkeypatch, runs=("a,b,a", "x,y,z,w,x"))
    assert hints["picked"] == "[?, 8]"
    assert hints["columns"] == "[4, ?, 3]"
