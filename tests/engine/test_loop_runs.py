"""Engine tests: lists filled by loops that provably run are non-empty, so the tensors built from them keep their
rank; lists a loop may leave empty, or that something in the loop may shrink, give no hint. Truths come from
running each program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def hints(source: str) -> dict[str, str]:
    """name -> rendered shape and dtype of its last hint."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: f"{analysis.shape_text(b.value)} {b.value.probe.dtype}" for b in analysis.hints()}


def executed(source: str) -> dict[str, torch.Tensor]:
    """The tensors the program leaves in its globals (the test's own program: its truth by running it)."""
    names: dict[str, object] = {}
    exec(textwrap.dedent(source), names)
    return {name: value for name, value in names.items() if isinstance(value, torch.Tensor)}


def ranks_and_dtypes(found: dict[str, str], truth: dict[str, torch.Tensor]) -> None:
    """Every hinted name has the executed rank, dtype and every exact size."""
    for name, text in found.items():
        shape, dtype = text.rsplit(" ", 1)
        dims = shape.strip("[]").split(", ")
        assert dtype == str(truth[name].dtype), name
        assert len(dims) == truth[name].dim(), name
        for dim, size in zip(dims, truth[name].shape, strict=True):
            assert not dim.isdigit() or int(dim) == size, name


FILLED = """
import numpy as np
import torch

class Buffer:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def drain(self):
        firsts, seconds = [], []
        for first, second in self.items:
            firsts.append(first)
            seconds.append([second])
        self.items = []
        return torch.tensor(firsts), torch.tensor(seconds)

buffer = Buffer()
for t in range(30):
    buffer.add((np.zeros(3, dtype=np.float32), 2))
    if t == 4:
        break
rows, ids = buffer.drain()
odd = []
n = 0
while n < 5:
    odd.append(1.5)
    n += 2
odd_t = torch.tensor(odd)
per_odd = torch.zeros(len(odd), 2)
"""


def test_lists_filled_by_loops_that_run_are_tensors_with_a_row_count():
    found = hints(FILLED)
    assert found["rows"] == "[items, 3] torch.float32"
    assert found["ids"] == "[items, 1] torch.int64"  # one item per item of `self.items`: the same size
    assert found["odd_t"] == "[3] torch.float32"  # a while loop whose test is decided runs as Python runs it
    assert found["per_odd"] == "[3, 2] torch.float32"  # len() of the list is its length
    ranks_and_dtypes(found, executed(FILLED))


MAYBE_EMPTY = """
import random
import torch

def steps():
    return random.randint(0, 3)

maybe = []
for t in range(steps()):
    maybe.append([1.0])
maybe_t = torch.tensor(maybe)
early = []
for t in range(40):
    if random.random() < 0.5:
        break
    early.append([1.0])
early_t = torch.tensor(early)
reset = []
for t in range(40):
    reset.append([1.0])
    reset.clear()
reset_t = torch.tensor(reset)
"""


def test_lists_a_loop_may_leave_empty_give_no_hint():
    found = hints(MAYBE_EMPTY)
    assert found == {"reset_t": "[0] torch.float32"}  # cleared after each append: empty
    ranks_and_dtypes(found, executed(MAYBE_EMPTY))


SHRUNK_BY_A_METHOD = """
import torch

class Buffer:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def reset(self):
        self.items = []

buffer = Buffer()
buffer.reset()
for t in range(40):
    buffer.add([1.0])
    buffer.reset()
left = torch.tensor(buffer.items)
"""


def test_a_list_reset_by_a_method_the_loop_calls_gives_no_hint():
    found = hints(SHRUNK_BY_A_METHOD)  # the second `reset()` comes from the memo: its write still counts
    assert "left" not in found or found["left"].startswith("[0]")


ITERABLE_CHANGED = """
import torch

values = [1.0] * 20
halves = []
for value in values:
    halves.append([value])
    values.pop()
halves_t = torch.tensor(halves)
"""


def test_a_list_the_loop_shrinks_while_iterating_it_gives_no_count():
    found = hints(ITERABLE_CHANGED)  # 10 items, not 20: the loop stops when it reaches the end of the shorter list
    assert found == {"halves_t": "[halves, 1] torch.float32"}
    ranks_and_dtypes(found, executed(ITERABLE_CHANGED))


STACKED = """
import torch

x = torch.randn(20, 2, 3)
outs = []
for i in range(20):
    outs.append(x[0] * i)
seq = torch.stack(outs)
flat = torch.cat(outs, dim=1)
firsts = []
for row in seq:
    firsts.append(row[0])
fs = torch.stack(firsts, 1)
"""


def test_stack_and_cat_of_a_list_counted_by_its_loop_have_that_count():
    found = hints(STACKED)
    truth = executed(STACKED)
    for name in ("seq", "flat", "fs"):
        assert found[name] == f"{list(truth[name].shape)} {truth[name].dtype}"


REFILLED = """
import torch

buf = []
for t in range(40):  # a torch op in the body: not a bookkeeping loop, so a fix point
    buf.append([1.0, 2.0])
    step = torch.ones(2)
    if t == 3:
        break
a = torch.tensor(buf)
buf = []
for t in range(40):
    buf.append([1.0, 2.0])
    buf.append([1.0, 2.0])
    step = torch.ones(2)
    if t == 3:
        break
b = torch.tensor(buf)
both = torch.cat([a, b])
"""


def test_one_list_name_filled_by_two_loops_gets_two_sizes():
    found = hints(REFILLED)  # 4 and 8 rows: one size for both would make `both` twice either
    assert (found["a"], found["b"], found["both"]) == (
        "[buf, 2] torch.float32",
        "[buf_2, 2] torch.float32",
        "[buf+buf_2, 2] torch.float32",
    )
    ranks_and_dtypes(found, executed(REFILLED))


JOINED_ROWS = """
import random
import torch

rows = torch.zeros(0, 3) if random.random() < 0.5 else torch.zeros(5, 3)
firsts = []
for row in rows:
    firsts.append([1.0])
firsts_t = torch.tensor(firsts)
"""


def test_iterating_rows_whose_count_may_be_zero_proves_nothing():
    assert "firsts_t" not in hints(JOINED_ROWS)  # `rows` may have no row: the list may stay empty


SUPPRESSED = """
import contextlib
import torch

def risky(t):
    if t % 2 == 0:
        raise ValueError(t)
    return [1.0]

kept = []
for t in range(0, 40, 2):
    with contextlib.suppress(ValueError):
        kept.append(risky(t))
kept_t = torch.tensor(kept)
"""


def test_appends_a_suppressed_exception_may_skip_prove_nothing():
    assert "kept_t" not in hints(SUPPRESSED)  # every call raised: the list is empty and the tensor is [0]


RESET_WHEN_FULL = """
import torch

class Buffer:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def trim(self):
        if len(self.items) >= 4:
            self.items = []

buffer = Buffer()
buffer.trim()
for t in range(40):
    buffer.add([1.0])
    buffer.trim()
    if t == 7:
        break
left = torch.tensor(buffer.items)
"""


def test_a_method_that_may_reset_the_list_is_interpreted_again_in_the_loop():
    found = hints(RESET_WHEN_FULL)  # the memo holds `trim()` on an empty list, which did not reset it
    assert "left" not in found  # eight adds, reset after the fourth and the eighth: no item left


ACCUMULATED = """
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.rand(16, 3), torch.zeros(16)), batch_size=4)
total, count = 0.0, 0
for x, y in loader:
    loss = (x ** 2).mean()
    total += loss
    count += 1
total /= len(loader)
mean = total
state = None
for step in range(3):
    state = torch.zeros(2, 5) if state is None else state * 2
last = state
skipped = 0.0
for x, y in loader:
    if y.sum() > 100:
        continue
    skipped = skipped + x.sum()
maybe = skipped
history = []
for step in range(20):
    history.append(torch.zeros(3))
    if len(history) > 10:  # false in the first two iterations only
        late = torch.stack(history[-4:])
"""


def test_a_loop_that_runs_without_early_exits_keeps_what_its_first_pass_made_a_tensor():
    found = hints(ACCUMULATED)
    truth = executed(ACCUMULATED)
    ranks_and_dtypes({"late": found["late"]}, truth)  # the branch later iterations take is interpreted too
    for name in ("mean", "last"):
        assert found[name] == f"{list(truth[name].shape)} {truth[name].dtype}", name
    assert "maybe" not in found  # `continue` may skip the sum: the number from before the loop may be left


ENUMERATED = """
import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.rand(20, 6), torch.randint(0, 6, (20,))), batch_size=8)
loss_sum = 0.0
hits = 0
for step, (inputs, targets) in enumerate(loader):
    loss_sum += torch.nn.functional.cross_entropy(inputs, targets)
    hits += inputs.argmax(1).eq(targets).sum()
mean_loss = loss_sum / len(loader)
never = 0.0
for step, (inputs, targets) in enumerate(DataLoader(TensorDataset(torch.rand(0, 6)), batch_size=8)):
    never += inputs.sum()
after_none = never
"""


def test_enumerate_over_a_loader_with_a_batch_runs_as_the_loader_does():
    found = hints(ENUMERATED)
    truth = executed(ENUMERATED)
    for name in ("loss_sum", "hits", "mean_loss"):
        assert found[name] == f"{list(truth[name].shape)} {truth[name].dtype}", name
    assert "after_none" not in found  # an empty loader: the number from before the loop is what is left
