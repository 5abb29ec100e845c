"""Engine tests: a forward hook sees each later call of its module and a value it returns replaces the output
(a pre-hook's replaces the arguments); `handle.remove()` takes it off; `module.forward(...)` runs no hook; a hook
on a layer inside a torch module run whole leaves that module's calls unknown. Truths come from running each
program."""

from engine_support import hints_and_truth

HOOKS = """
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


model = Net()
activation = {}


def keep(name):
    def hook(module, inputs, output):
        activation[name] = output.detach()

    return hook


handle = model.fc1.register_forward_hook(keep("fc1"))
plain = model(torch.randn(3, 8))
hidden = activation["fc1"]
handle.remove()


def doubled(module, inputs, output):
    return torch.cat([output, output], dim=-1)


model.fc2.register_forward_hook(doubled)
widened = model(torch.randn(5, 8))
direct = model.fc2.forward(torch.randn(2, 16))


def halved(module, args):
    return args[0][:, :4].repeat(1, 2)


model.register_forward_pre_hook(halved)
cut = model(torch.randn(2, 8))

encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), 1)
encoder.layers[0].linear1.register_forward_hook(lambda module, inputs, output: output * 2)
inside = encoder(torch.randn(2, 3, 8))
"""


def test_hooks_change_what_later_calls_give_and_forward_runs_none(monkeypatch):
    found, truth = hints_and_truth(HOOKS, monkeypatch)
    assert found.get("plain") == truth["plain"] == "[3, 4]"
    assert found.get("hidden") == truth["hidden"] == "[3, 16]"
    assert found.get("widened") == truth["widened"] == "[5, 8]"
    assert found.get("direct") == truth["direct"] == "[2, 4]"
    assert found.get("cut") == truth["cut"] == "[2, 8]"
    assert "inside" in truth and found.get("inside") is None  # the hook runs inside torch's own code


SOMEWHERE = """
import sys
import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 2))
before = net(torch.randn(3, 4))
chosen = str(len(net) - len(sys.argv))
getattr(net, chosen).register_forward_hook(lambda module, inputs, output: output[:, :1])
after = net(torch.randn(3, 4))
"""


def test_a_hook_on_a_module_the_engine_does_not_know_leaves_later_calls_unknown(monkeypatch):
    found, truth = hints_and_truth(SOMEWHERE, monkeypatch)
    assert found.get("before") == truth["before"] == "[3, 2]"
    assert truth["after"] == "[3, 1]" and found.get("after") is None


LATER_CALLS = """
import sys
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        global inside
        inside = self.fc(x)
        return inside


block = Block()
first = block(torch.randn(3, 4))
getattr(block, "fc" if len(sys.argv) else "").register_forward_hook(lambda module, inputs, output: output * 2)
second = block(torch.randn(5, 4))
"""


def test_calls_the_engine_cannot_follow_still_count_inside_the_module(monkeypatch):
    found, truth = hints_and_truth(LATER_CALLS, monkeypatch)
    assert truth["inside"] == "[5, 4]" and found.get("first") == "[3, 4]"
    assert found.get("inside") in (None, "[?, 4]")  # the second call ran on 5 rows, not only the first's 3


APPLIED = """
import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.key = nn.Linear(d, d)

    def forward(self, x):
        global keys
        keys = self.key(x)
        return x + keys


class Decoder(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.blocks = nn.ModuleList([Attention(d) for _ in range(2)])
        self.out = nn.Linear(d, 3)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return self.out(x)


decoder = Decoder(8)
before = decoder(torch.randn(2, 5, 8))
cache = {}


def save(module, inputs, output):
    cache["last"] = output
    return output.mean(dim=1, keepdim=True)


def install(layer):
    if isinstance(layer, Attention):
        layer.key.register_forward_hook(save)


decoder.apply(install)
after = decoder(torch.randn(2, 5, 8))
saved = cache["last"]
"""


def test_apply_visits_every_module_and_alike_layers_keep_their_own_hooks(monkeypatch):
    found, truth = hints_and_truth(APPLIED, monkeypatch)
    assert found.get("before") == truth["before"] == "[2, 5, 3]"
    assert found.get("after") == truth["after"] == "[2, 5, 3]"
    assert found.get("saved") == truth["saved"] == "[2, 5, 8]"  # each block's key ran its own hook once
    assert truth["keys"] == "[2, 1, 8]" and found.get("keys") == "[2, ?, 8]"  # before and after the hooks


ALIKE = """
import torch
import torch.nn as nn

left, right = nn.Linear(4, 6), nn.Linear(4, 6)
left.register_forward_hook(lambda module, inputs, output: output[:, :2])
narrowed = left(torch.randn(3, 4))
untouched = right(torch.randn(3, 4))
encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, batch_first=True), 1)
encoder.layers[0].linear1.register_forward_hook(lambda module, inputs, output: output[..., :4])
inner = encoder.layers[0].linear1(torch.randn(2, 8))
"""


def test_layers_built_alike_keep_their_own_hooks_and_a_layer_inside_torch_keeps_its_hook(monkeypatch):
    found, truth = hints_and_truth(ALIKE, monkeypatch)
    assert found.get("narrowed") == truth["narrowed"] == "[3, 2]"
    assert found.get("untouched") == truth["untouched"] == "[3, 6]"
    assert found.get("inner") == truth["inner"] == "[2, 4]"


MAYBE_REPLACED = """
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        global inside
        inside = self.fc(x)
        return inside


block = Block()
first = block(torch.randn(3, 4))


def maybe_first_row(module, args):
    if args[0].sum() > 1e9:
        return (args[0][:1],)
    return None


block.register_forward_pre_hook(maybe_first_row)
second = block(torch.randn(5, 4))
"""


def test_a_pre_hook_that_may_replace_the_arguments_still_counts_inside_the_module(monkeypatch):
    found, truth = hints_and_truth(MAYBE_REPLACED, monkeypatch)
    assert truth["inside"] == truth["second"] == "[5, 4]" and found.get("first") == "[3, 4]"
    assert found.get("inside") in (None, "[?, 4]") and found.get("second") is None
