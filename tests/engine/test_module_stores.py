"""A store into a torch layer (`seq[2] = layer`, `model.fc = layer`, `conv.stride = 2`) changes the layer for every
name that holds it, and never a layer another analysis shares: the hints after it are the new layer's."""

import torch
from engine_support import agrees, executed, hints_and_truth
from torch_lsp.analysis.engine import analyse

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


TENSOR_STORES = """
import torch
import torch.nn as nn


class Inner(nn.Module):
    def __init__(self, vocab, width):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)


class Tied(nn.Module):
    def __init__(self, vocab, width):
        super().__init__()
        self.inner = Inner(vocab, width)
        self.embed_out = nn.Embedding(vocab, width)
        self.head = nn.Linear(width, vocab, bias=False)
        self.head.weight = self.embed_out.weight
        self.inner.embed.weight = self.embed_out.weight

    def forward(self, idx):
        return self.head(self.inner.embed(idx))


tied = Tied(10, 8)(torch.zeros(2, 3, dtype=torch.long))

layer = nn.Linear(4, 3, bias=False)
layer.weight = nn.Parameter(torch.randn(6, 4))
reshaped_weight = layer(torch.randn(2, 4))

norm = nn.BatchNorm1d(5)
norm.running_mean = torch.zeros(5)
stored_buffer = norm.running_mean
normed = norm.eval()(torch.randn(2, 5))
"""


def test_a_tensor_stored_as_a_weight_or_buffer_is_the_one_the_layer_uses(monkeypatch):
    found, truth = hints_and_truth(TENSOR_STORES, monkeypatch)
    for name in ("tied", "reshaped_weight", "stored_buffer", "normed"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"


SYMBOLIC_TIE = """
import os

import torch
import torch.nn as nn

vocab = len(sorted(set(os.environ["TEXT"])))
embed = nn.Embedding(vocab, 8)
head = nn.Linear(8, vocab, bias=False)
head.weight = embed.weight
logits = head(embed(torch.zeros(2, 3, dtype=torch.long)))
"""


def test_a_tied_weight_of_the_layers_own_symbolic_shape_keeps_the_layer(monkeypatch):
    truth = executed(SYMBOLIC_TIE, "TEXT", "hello world", monkeypatch)
    analysis = analyse(SYMBOLIC_TIE, torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    assert list(truth["logits"]) == [2, 3, 8] and found["logits"] == "[2, 3, vocab]"


NEW_TENSOR_NAMES = """
import torch
import torch.nn as nn

vectors = torch.randn(30, 6)
embed = nn.Embedding(30, 6)
embed.weights = nn.Parameter(vectors, requires_grad=False)
embedded = embed(torch.randint(0, 30, (4, 9)))
kept = embed.weights
conv = nn.Conv1d(6, 5, 3)
conv.scale = torch.ones(5, 1)
convolved = conv(embedded.transpose(1, 2))
scaled = convolved * conv.scale
"""


def test_a_tensor_under_a_name_the_layer_never_had_leaves_its_forward_alone(monkeypatch):
    found, truth = hints_and_truth(NEW_TENSOR_NAMES, monkeypatch)
    for name in ("embedded", "kept", "convolved", "scaled"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"


TIED_IN_TURN = """
import torch
import torch.nn as nn


def share(source, target):
    target.weight = source.weight
    target.bias = source.bias


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Conv2d(3, 16, 3, stride=2), nn.Conv2d(16, 16, 3), nn.Conv2d(16, 16, 3)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


online, target = Stack(), Stack()
share(online.layers[0], target.layers[0])
share(online.layers[1], target.layers[1])
share(online.layers[2], target.layers[2])
features = target(torch.randn(2, 3, 33, 33))
first = target.layers[0](torch.randn(2, 3, 33, 33))
"""


def test_tying_one_layer_leaves_the_other_layers_of_its_container(monkeypatch):
    found, truth = hints_and_truth(TIED_IN_TURN, monkeypatch)
    assert found["features"] == truth["features"] == "[2, 16, 12, 12]"
    assert found["first"] == truth["first"] == "[2, 16, 16, 16]"


NESTED_GROWN = """
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 4), nn.Sequential(nn.Linear(4, 4)))
inner = model[1]
inner.append(nn.Linear(4, 7))
grown = model(torch.randn(2, 4))
alone = inner(torch.randn(2, 4))
"""


def test_a_container_changed_inside_another_changes_what_the_outer_one_runs(monkeypatch):
    found, truth = hints_and_truth(NESTED_GROWN, monkeypatch)
    assert truth["grown"] == "[2, 7]" and agrees(found.get("grown"), truth["grown"])
    assert found["alone"] == truth["alone"]
