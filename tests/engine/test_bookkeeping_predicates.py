"""Engine tests: a call to a user function that only keeps books (an undecorated def or lambda whose body calls
nothing but builtins and string, list and dict methods: a predicate `ch in table and ch != "#"`) costs little, so
a comprehension filtered by it, or a loop calling it, runs item by item as far as other bookkeeping loops (past the
16 items of an ordinary loop): the ids of a sentence's kept characters have their count. Truths come from running
the program."""

from engine_support import hints_and_truth

KEPT_CHARACTERS = """
import torch

table = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz #")}


def keep(ch):
    return ch in table and ch != "#"


is_letter = lambda ch: ch.isalpha()
sentence = "the quick brown fox, jumps over #the lazy dog"
kept = [table[ch] for ch in sentence if keep(ch)]
ids = torch.tensor(kept)
letters = torch.zeros(len([ch for ch in sentence if is_letter(ch)]), 4)
counted = []
for ch in sentence:
    if keep(ch):
        counted.append(table[ch])
more_ids = torch.tensor(counted)
"""


def test_bookkeeping_predicates_run_item_by_item(monkeypatch):
    found, truth = hints_and_truth(KEPT_CHARACTERS, monkeypatch)
    for name in ("ids", "letters", "more_ids"):
        assert found.get(name) == truth[name], name
