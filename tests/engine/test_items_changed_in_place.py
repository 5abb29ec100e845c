"""Unit tests: a list held in a list, tuple or dict and changed in place through another name (`row = grid[0];
row.append(x)`) changes what the container holds too."""

from engine_support import hints_and_truth

ALIASED_ITEMS = """
import torch

table = {"a": []}
entry = table["a"]
entry.append(1)
from_dict = torch.zeros(len(table["a"]))

grid = [[], []]
row = grid[0]
row.append(torch.zeros(3))
row.append(torch.zeros(3))
from_list = torch.zeros(len(grid[0]))

pair = ([], 5)
first = pair[0]
first.extend([1, 2, 3])
from_tuple = torch.zeros(len(pair[0]))
"""


def test_a_list_changed_through_another_name_changes_its_container(monkeypatch):
    found, truth = hints_and_truth(ALIASED_ITEMS, monkeypatch)
    assert truth["from_dict"] == "[1]" and found.get("from_dict") != "[0]"
    assert truth["from_list"] == "[2]" and found.get("from_list") != "[0]"
    assert truth["from_tuple"] == "[3]" and found.get("from_tuple") != "[0]"
