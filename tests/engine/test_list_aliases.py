"""A list (or dict, or model) changed in place through one name is changed for every name that holds it: `b = a`
then `b.append(x)`, or a function that appends to the list it was given. No hint may show its old length."""

from engine_support import hints_and_truth

ALIASES = """
import torch


def add_row(rows, value):
    rows.append(value)


first = [1.0, 2.0]
second = first
second.append(3.0)
through_alias = torch.tensor(first)

table = [0.5]
for step in range(3):
    add_row(table, float(step))
through_call = torch.tensor(table)

entries = {"a": torch.zeros(2)}
view = entries
view["b"] = torch.ones(3)
values = torch.cat(list(entries.values()))

fresh = [1.0, 2.0]
untouched = torch.tensor(fresh)
"""


def test_a_list_changed_through_another_name_never_keeps_its_old_length(monkeypatch):
    found, truth = hints_and_truth(ALIASES, monkeypatch)
    for name in ("through_alias", "through_call", "values"):
        hint = found.get(name)
        assert hint is None or hint == truth[name] or "?" in hint, f"{name}: {hint}, ran as {truth[name]}"
    assert found["untouched"] == truth["untouched"]
