"""A store into a torch layer (`seq[2] = layer`, `model.fc = layer`, `conv.stride = 2`) changes the layer for every
name that holds it, and never a layer another analysis shares: the hints after it are the new layer's."""

from engine_support import hints_and_truth

STORES = """
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
model[2] = nn.Linear(8, 5)
replaced_item = model(torch.randn(2, 4))

heads = nn.ModuleDict({"a": nn.Linear(4, 3)})
heads["a"] = nn.Linear(4, 11)
replaced_entry = heads["a"](torch.randn(2, 4))

conv = nn.Conv2d(3, 8, 3)
conv.stride = (2, 2)
strided = conv(torch.randn(1, 3, 16, 16))
setattr(conv, "stride", (1, 1))
unstrided = conv(torch.randn(1, 3, 16, 16))


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))

    def forward(self, x):
        return self.body(x)


holder = Holder()
holder.body[2] = nn.Linear(8, 13)
nested = holder(torch.randn(2, 4))

shared = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
alias = shared
shared[0] = nn.Linear(4, 2)
through_alias = alias(torch.randn(2, 4))

untouched = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))(torch.randn(2, 4))
"""


def test_a_layer_stored_into_a_torch_module_is_the_one_that_runs(monkeypatch):
    found, truth = hints_and_truth(STORES, monkeypatch)
    for name in ("replaced_item", "replaced_entry", "strided", "unstrided", "nested"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
    hint = found.get("through_alias")
    assert hint is None or hint == truth["through_alias"] or "?" in hint, f"{hint}, ran as {truth['through_alias']}"
    assert found["untouched"] == truth["untouched"], "the layer built once more is the cached one, unchanged"


DELETIONS = """
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
del model[2]
without_last = model(torch.randn(2, 4))

stack = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.ReLU())
del stack[2:]
without_tail = stack(torch.randn(2, 4))

entries = {"a": torch.randn(2), "b": torch.randn(2)}
del entries["a"]
stacked = torch.stack(list(entries.values()))
"""


def test_a_deleted_layer_or_entry_is_gone(monkeypatch):
    found, truth = hints_and_truth(DELETIONS, monkeypatch)
    for name in ("without_last", "without_tail", "stacked"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
