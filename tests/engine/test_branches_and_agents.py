"""Engine tests: branches that surely raise (calls of functions that do included, `vars(x)` of an object defining
no name), layers chosen on a condition the engine cannot decide, nn.Module's own methods reached through `super()`,
options read from the command line (one of their `choices`), names one unpacking binds twice, windows at a random
start in data of unknown length."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse


def checked(source: str, monkeypatch, runs: tuple[str, ...], names: tuple[str, ...] = ()) -> dict[str, str]:
    """name -> rendered hint of its last tensor hint, each global (of `names` if given) checked against every run
    (SEED set to each of `runs`): the same rank, and each number the size that ran."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    for run in runs:
        truth = executed(source, "SEED", run, monkeypatch)
        for name, text in ((n, t) for n, t in hints.items() if n in truth and (not names or n in names)):
            dims = text.strip("[]").split(", ") if text != "[]" else []
            assert len(dims) == len(truth[name]), f"{name}: {text} but ran as {list(truth[name])} (SEED={run})"
            for dim, size in zip(dims, truth[name], strict=True):
                assert not dim.isdigit() or int(dim) == size, f"{name}: {text} but ran as {list(truth[name])}"
    return hints


AGENT = """
import os
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.scale = torch.ones(3)

    def forward(self, x):
        return self.fc(x) * self.scale

    def to(self, device):
        self.scale = self.scale.to(device)
        return super(Policy, self).to(device)


kind = os.environ["SEED"]
if kind == "1":
    policy = Policy().to("cpu")
elif kind == "2":
    policy = Missing.Policy()  # no such name anywhere: this branch raises NameError
else:
    raise ValueError(kind)
acted = policy(torch.zeros(2, 4))
"""


def test_a_branch_that_surely_raises_does_not_reach_past_its_if(monkeypatch):
    assert checked(AGENT, monkeypatch, ("1",))["acted"] == "[2, 3]"


CAUGHT = """
import contextlib
import os
import torch

kind = os.environ["SEED"]
caught = torch.zeros(3)
try:
    if kind == "2":
        caught = torch.zeros(5)
        raise ValueError(kind)
except ValueError:
    pass
after_try = caught + 0
swallowed = torch.zeros(3)
with contextlib.suppress(ValueError):
    if kind == "2":
        swallowed = torch.zeros(5)
        raise ValueError(kind)
after_with = swallowed + 0
left = torch.zeros(3)
for i in range(2):
    if i == int(kind):
        left = torch.zeros(5)
        if i < 5:
            break
        raise ValueError(i)
after_loop = left + 0
"""


def test_a_raise_that_may_be_caught_or_left_by_a_break_keeps_its_branch(monkeypatch):
    after = ("after_try", "after_with", "after_loop")
    hints = checked(CAUGHT, monkeypatch, ("1", "2"), after)
    assert all(hints.get(name) != "[3]" for name in after)


DEFINED_AT_RUN_TIME = """
import os
import torch

globals()["make_wide"] = lambda: torch.zeros(5)
if os.environ["SEED"] == "2":
    made = make_wide()
else:
    made = torch.zeros(3)
after_names = made + 0
"""


def test_a_name_the_file_may_define_at_run_time_is_no_sure_name_error(monkeypatch):
    hints = checked(DEFINED_AT_RUN_TIME, monkeypatch, ("1", "2"), ("after_names",))
    assert hints.get("after_names") != "[3]"


CHOSEN = """
import os
import torch
import torch.nn as nn


class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def act(self, x):
        return self.fc(x), x.sum(1, keepdim=True)


class Narrow(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def act(self, x):
        return torch.relu(self.fc(x)), torch.tensor(0.0)


policy = Wide() if os.environ["SEED"] == "1" else Narrow()
action, extra = policy.act(torch.zeros(2, 4))
_, _, last = torch.zeros(7), 0, torch.zeros(1)
first, first, kept = torch.zeros(7), torch.zeros(2, 5), torch.zeros(1)
"""


def test_a_method_of_a_layer_chosen_on_an_unknown_condition_joins_each_option(monkeypatch):
    hints = checked(CHOSEN, monkeypatch, ("1", "2"))
    assert hints["action"] == "[2, 3]"
    assert "extra" not in hints  # [2, 1] or []: no shape fits both
    assert "_" not in hints  # `_` ends as the later one, an int: the tensor it held first is never seen
    analysis = analyse(textwrap.dedent(CHOSEN), torch, "cpu", 4096, 30.0)
    shown = [analysis.shape_text(b.value) for b in analysis.hints() if b.name == "first"]
    assert shown == ["[2, 5]", "[2, 5]"]  # both occurrences: what `first` holds once the assignment is done


OPTIONS = """
import argparse
import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--noise", default=0.1)
args, _ = parser.parse_known_args()
scaled = torch.randn(4, 6) * (args.noise * 2.0)
noisy = torch.from_numpy((np.zeros(6) + np.random.normal(0, args.noise, size=6)).clip(-1.0, 1.0))
"""


def test_an_option_without_a_type_whose_default_is_a_float_is_a_float(monkeypatch):
    hints = checked(OPTIONS, monkeypatch, ("1",))
    assert hints["scaled"] == "[4, 6]"
    assert hints["noisy"] == "[6]"


WINDOWS = """
import os
import torch

text = "hello world " * int(os.environ["SEED"]) * 10
stoi = {ch: i for i, ch in enumerate(sorted(set(text)))}
data = torch.tensor([stoi[c] for c in text])  # of a length the data decides
ix = torch.randint(len(data) - 8, (4,))
inputs = torch.stack([data[i : i + 8] for i in ix])
targets = torch.stack([data[i + 1 : i + 9] for i in ix])
start = ix[0]
too_long = data[start : start + 10]
"""


def test_a_window_at_a_random_start_inside_data_of_unknown_length_is_exact(monkeypatch):
    hints = checked(WINDOWS, monkeypatch, ("1", "2", "3"))
    assert hints["inputs"] == hints["targets"] == "[4, 8]"
    assert hints.get("too_long") != "[10]"  # its end may pass the end of `data`


LOADERS = """
import os
import torch


def from_table(n):
    frame = pandas.read_csv("table.csv")  # no such name anywhere: calling this raises NameError
    return torch.from_numpy(frame.values)


def wide(n):
    return torch.zeros(n, 4)


def maybe_missing(n):
    if n > 100:
        return torch.zeros(n, 9)
    return missing_helper(n)


def chosen(name, n):
    if name == "table":
        return from_table(n)
    elif name == "wide":
        return wide(n)
    raise ValueError(name)


def either(name, n):
    if name == "partial":
        return maybe_missing(n)
    return wide(n)


rows = chosen(os.environ.get("SEED") and "wide", 6)
after_call = rows + 0
kept = either(os.environ.get("SEED") and "wide", 6)
after_partial = kept + 0
"""


def test_a_call_of_a_function_that_surely_raises_returns_nothing(monkeypatch):
    hints = checked(LOADERS, monkeypatch, ("1",), ("after_call", "after_partial"))
    assert hints["after_call"] == "[6, 4]"
    assert hints.get("after_partial") != "[6, 4]"  # it may return before it reaches the unbound name


MISSING_ATTRIBUTES = """
import os
import torch


class Readers:
    width = 4

    def table(self, n):
        return torch.zeros(n, self.width)


class Local(Readers):
    pass


class Patched:
    pass


def register():
    Patched.load = lambda n: torch.zeros(n, 9)


def tagged(cls):
    cls.deep = lambda n: torch.zeros(n, 9)
    return cls


@tagged
class Decorated:
    pass


class Private:
    __hidden = staticmethod(lambda n: torch.zeros(n, 9))


kind = os.environ["SEED"]
if kind in ("1", "2"):
    read = Local().table(6)
elif kind == "3":
    read = Local.from_disk(6)  # no class of the chain nor any store defines it: AttributeError
else:
    raise ValueError(kind)
after_missing = read + 0
if kind == "2":
    register()
    patched = Patched.load(6)
else:
    patched = torch.zeros(6, 4)
after_patched = patched + 0
if kind == "2":
    decorated = Decorated.deep(6)
else:
    decorated = torch.zeros(6, 4)
after_decorated = decorated + 0
if kind == "2":
    private = Private._Private__hidden(6)
else:
    private = torch.zeros(6, 4)
after_private = private + 0
"""


def test_reading_an_attribute_no_plain_class_defines_raises(monkeypatch):
    kept = ("after_patched", "after_decorated", "after_private")
    hints = checked(MISSING_ATTRIBUTES, monkeypatch, ("1", "2"), ("after_missing", *kept))
    assert hints["after_missing"] == "[6, 4]"
    assert all(hints.get(name) != "[6, 4]" for name in kept)  # a store, a decorator or a mangled name defines it


LOGGED_OPTIONS = """
import argparse
import sys
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="linear", choices=["linear", "wide"])
args = parser.parse_args()
for key in vars(args):
    print(key, getattr(args, key))
if args.model == "linear":
    net = nn.Linear(4, 3)
else:
    net = WideNet(4)  # no such name anywhere: this branch raises NameError
logged = net(torch.zeros(2, 4))
"""

MODULE_NAMES = """
import os
import sys
import torch

vars(sys.modules[__name__])["make_wide"] = lambda: torch.zeros(5)
if os.environ["SEED"] == "2":
    made = make_wide()
else:
    made = torch.zeros(3)
after_vars = made + 0
"""


def test_the_attributes_of_an_object_read_through_vars_define_no_name(monkeypatch):
    assert checked(LOGGED_OPTIONS, monkeypatch, ("1",))["logged"] == "[2, 3]"
    hints = checked(MODULE_NAMES, monkeypatch, ("1", "2"), ("after_vars",))
    assert hints.get("after_vars") != "[3]"


CHOICES = """
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--act", type=str, default="relu", choices=["relu", "tanh"])
parser.add_argument("--head", default="linear", choices=["linear", "conv"])
args, _ = parser.parse_known_args()
if args.act == "gelu":
    width = 9
else:
    width = 5
activated = torch.zeros(2, width)
if args.head in ("linear", "conv"):
    head = nn.Linear(5, 3)
else:
    head = nn.Linear(5, 7)
scored = head(activated)
"""


def test_an_option_given_choices_is_one_of_them(monkeypatch):
    hints = checked(CHOICES, monkeypatch, ("1",))
    assert hints["activated"] == "[2, 5]"
    assert hints["scored"] == "[2, 3]"


EARLY_RETURN = """
import os
import torch


def built(kind, fast):
    if kind == "fast":
        if fast:
            return torch.zeros(3)
        raise ValueError(kind)
    return torch.zeros(5)


made = built(os.environ.get("SEED") and "fast", os.environ.get("SEED") == "1")
after_return = made + 0
"""


def test_a_branch_that_may_return_before_its_raise_keeps_what_it_returns(monkeypatch):
    assert checked(EARLY_RETURN, monkeypatch, ("1",))["after_return"] == "[?]"  # [3] when it returns early


PARALLEL = """
import os
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, gpus):
        super().__init__()
        self.gpus = gpus
        self.main = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        if x.is_cuda and self.gpus > 1:
            out = nn.parallel.data_parallel(self.main, x, range(self.gpus))
        else:
            out = self.main(x)
        return out.view(-1)


critic = Critic(int(os.environ["SEED"]))
device = torch.device("cuda" if os.environ.get("CUDA") else "cpu")
scores = critic(torch.randn(5, 6, device=device))
"""


def test_data_parallel_calls_the_module_when_its_outputs_keep_the_scattered_dimension(monkeypatch):
    hints = checked(PARALLEL, monkeypatch, ("1", "2"))
    assert hints["scores"] == "[5]"  # both branches: data_parallel(main, x) (on GPUs) and main(x)


def test_data_parallel_of_a_module_that_reduces_the_batch_is_unknown():
    source = """
        import torch
        import torch.nn as nn
        pair = (torch.randn(5, 6), torch.randn(5, 6))
        reduced = nn.parallel.data_parallel(nn.MSELoss(), pair, [0, 1])  # one scalar per GPU, gathered: [2]
        kept = nn.parallel.data_parallel(nn.Linear(6, 8), pair[0], [0, 1])
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert "reduced" not in hints
    assert hints["kept"] == str(list(torch.nn.Linear(6, 8)(torch.randn(5, 6)).shape))  # what each GPU returns, gathered


FALLING_OFF = """
import os
import torch

limit = float(os.environ["SEED"])


def first_rows(x):
    if x.sum() > limit:
        return x[:1]


def guarded(x):
    try:
        return x[:2]
    except IndexError:
        return None


def until_positive(x):
    while True:
        if x.sum() > limit:
            return x[:3]
        x = x + 1


def checked_rows(x):
    if x.sum() > limit:
        return x[:1]
    raise ValueError(limit)


def last_output(x, blocks):
    for i, block in enumerate(blocks):
        if i < len(blocks) - 1:
            x = block(x)
        else:
            return block(x)[:, :1]


x = torch.ones(5, 4)
last = last_output(x, torch.nn.ModuleList([torch.nn.Linear(4, 4) for _ in range(3)]))
rows = first_rows(x)
chosen = rows if rows is not None else torch.zeros(7)
kept = guarded(x)
grown = until_positive(x)
if limit < 20:
    checked = checked_rows(x)
"""


def test_a_function_that_may_end_without_a_return_returns_none_there(monkeypatch):
    hints = checked(FALLING_OFF, monkeypatch, ("1", "100"))
    assert "chosen" not in hints  # [1, 4] where the test held, [7] where the function fell off its end
    assert "kept" not in hints  # a handler that returns None
    assert (hints["grown"], hints["checked"]) == ("[3, 4]", "[1, 4]")  # a loop only a return leaves; a raise
    assert hints["last"] == "[5, 1]"  # the last layer's iteration returns: the loop never ends otherwise
