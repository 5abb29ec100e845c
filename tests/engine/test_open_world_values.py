"""Engine tests: Python values the data decides, as public programs build them (a seeded `random.Random`, a word's id
from its letters, a reward list summed backwards, a batch size read from the command line). Every hint must hold
for every run: truths come from running each program with several values of its environment variable."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

GENERATOR = """
import os
import random
import torch

rng = random.Random(int(os.environ["SEED"]))
lengths = [rng.randint(3, 9) for _ in range(4)]
rows = [[2] + [rng.randrange(4, 10) for _ in range(n)] + [3] for n in lengths]
width = max(len(row) for row in rows)
batch = torch.tensor([row + [1] * (width - len(row)) for row in rows])
picked = torch.zeros(rng.choice([2, 3]), 5)
"""

WORDS = """
import os
import torch

text = " ".join(["tok"] * int(os.environ["SEED"]))
ids = [1 + sum(map(ord, word)) % 299 for word in text.split()]
known = [1 + sum(map(ord, word)) % 299 for word in "it was a cold day".split()]
context = torch.tensor(ids, dtype=torch.long).unsqueeze(0)
fixed = torch.tensor(known)
letters = torch.tensor([sum(ord(c) for c in word) for word in text.split()])
"""

REWARDS = """
import os
import random
from collections import deque

import torch

random.seed(int(os.environ["SEED"]))
buffer = [random.random() for _ in range(random.randint(5, 30))]
terminal = [random.random() < 0.2 for _ in buffer]
returns = []
discounted = 0
for reward, done in zip(reversed(buffer), reversed(terminal)):
    if done:
        discounted = 0
    discounted = reward + 0.99 * discounted
    returns.insert(0, discounted)
rewards = torch.tensor(returns, dtype=torch.float32)
normalised = (rewards - rewards.mean()) / (rewards.std() + 1e-7)
best = 0
records = []
for reward in buffer:
    if reward > 0.5:
        best = reward
    records.append(best)
typed = torch.tensor(records, dtype=torch.float64)
untyped = torch.tensor(records)
ahead = deque()
for reward in reversed(buffer):
    discounted = reward + 0.99 * discounted
    ahead.appendleft(discounted)
queued = torch.tensor(ahead)
"""

BATCH_ONE = """
import os
import torch
import torch.nn as nn

batch_size = int(os.environ["SEED"])
logits = torch.zeros(batch_size, 300)
lowest = torch.topk(logits, 40)[0][:, -1]
kept = torch.where(logits < lowest, torch.ones_like(logits), logits)
after = logits * 2


def first_tokens(batch_size, start_token):
    return torch.full((batch_size, 1), start_token, dtype=torch.long)


tokens = first_tokens(batch_size, 0)
blocks = nn.ModuleList([nn.Linear(8, 8) for _ in range(3)])
states = [None] * len(blocks)
x = torch.zeros(batch_size, 8)
for block, state in zip(blocks, states):
    x = block(x)
"""

CLASSES = """
import os
import random
import torch
import torch.nn as nn

labels = torch.tensor([random.randrange(int(os.environ["SEED"]) + 1) for _ in range(40)])
n_class = int(labels.max()) + 1
head = nn.Linear(16, n_class)
scores = head(torch.zeros(40, 16))
"""

STACKED = """
import os
import numpy as np
import torch

count = int(os.environ["SEED"])
rows = [np.zeros(5) for _ in range(count)]
table = torch.from_numpy(np.stack(rows))
joined = torch.from_numpy(np.concatenate(rows))
drawn = [np.ones((2, 3)) for _ in range(np.random.randint(1, 9))]
columns = torch.from_numpy(np.stack(drawn, axis=1))
starts = np.random.randint(0, 90, size=4)
windows = torch.from_numpy(np.stack([np.arange(100)[s:s + 10] for s in starts]))
"""

SINUSOID = """
import numpy as np
import torch

width = 64  # past the unrolling: `i` is an int whose value is unknown, and `index` a size named after it


def angle(position, index):
    return position / np.power(10000, 2 * (index // 2) / width)


table = torch.from_numpy(np.array([[angle(p, i) for i in range(width)] for p in range(6)]))
"""

OFF_DIAGONAL = """
import json
import os
import torch

nodes = json.loads(os.environ["SEED"])  # a value the engine does not know, not even its type
ones = torch.ones(nodes, nodes)
eye = torch.eye(nodes)
mask = ones - eye
features = torch.zeros(nodes, 4)
grid = torch.zeros((nodes, nodes)) - torch.eye(nodes)
"""

RATES = """
import os
import torch
import torch.nn as nn

rate = float(os.environ["SEED"]) / 1000  # a float the engine does not know
recurrent = nn.LSTM(8, 16, num_layers=2, dropout=rate)
norm = nn.BatchNorm1d(16, momentum=rate)
attention = nn.MultiheadAttention(16, 4, dropout=rate)
x = torch.randn(5, 3, 8)
out, (h, c) = recurrent(x)
normed = norm(out.reshape(-1, 16))
attended, weights = attention(out, out, out)
"""

WINDOWS = """
import os
import tempfile
import numpy as np
import torch

path = os.path.join(tempfile.mkdtemp(), "train.bin")
np.arange(int(os.environ["SEED"]) + 40, dtype=np.uint16).tofile(path)
data = np.memmap(path, dtype=np.uint16, mode="r")
ix = torch.randint(len(data) - 32, (6,))
x = torch.stack([torch.from_numpy(data[i:i + 32].astype(np.int64)) for i in ix])
y = torch.stack([torch.from_numpy(data[i + 1:i + 33].astype(np.int64)) for i in ix])
"""

STACKS = """
import os
import torch
import torch.nn as nn

n_layer = int(os.environ["SEED"]) % 4 + 1  # a layer count the engine does not know


class Block(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.norm = nn.LayerNorm(width)
        self.fc = nn.Linear(width, width)

    def forward(self, x):
        return x + self.fc(self.norm(x))


blocks = nn.ModuleList([Block(16) for _ in range(n_layer)])
x = torch.randn(2, 5, 16)
for block in blocks:
    x = block(x)
last = blocks[-1](x)
halving = nn.Sequential(*[nn.Conv2d(3, 3, 3, stride=2, padding=1) for _ in range(n_layer)])
features = halving(torch.randn(2, 3, 32, 32))
window = x[:, -n_layer:]
"""

COUNTED = """
import os
import random
import numpy as np
import torch
import torch.nn as nn

text = "ab cd " * int(os.environ["SEED"]) + "xyz"
chars = tuple(set(text))
n_chars = len(chars)
tokens = 0
for line in text.split("c"):
    tokens = tokens + len(line.split())
ids = torch.LongTensor(tokens)
lstm = nn.LSTM(n_chars, 16, 2, batch_first=True)
gru = nn.GRU(input_size=n_chars, hidden_size=8)
out, (h, c) = lstm(torch.zeros(3, 5, n_chars))
steps, last = gru(torch.zeros(5, 3, n_chars))
memory = []
for reward in [random.random() for _ in range(int(os.environ["SEED"]) + 2)]:
    if len(memory) < 100:
        memory.append(None)
    memory[len(memory) - 1] = (np.zeros(4), reward)
observations, rewards = map(np.stack, zip(*random.sample(memory, 2)))
observed = torch.from_numpy(observations)
rewarded = torch.FloatTensor(rewards).unsqueeze(1)
"""

ENCODED = """
import os
import numpy as np
import torch

text = "hello world " * int(os.environ["SEED"])
stoi = {ch: i for i, ch in enumerate(sorted(set(text)))}
encoded = torch.from_numpy(np.array([stoi[c] for c in text]))
weighted = torch.from_numpy(np.array([[0.5 * stoi[c], 1.0] for c in text]))
"""

RUNS = ("1", "2", "3", "7", "300")


UNREAD_DATA = """
import json
import os
import numpy as np
import torch

rows = np.array(json.loads(os.environ["SEED"]), dtype=np.float32)  # data the engine cannot read
width = rows.shape[1]


class Windows:
    def __init__(self, rows):
        self.width = rows.shape[1]

    def batch(self, count, length):
        return np.zeros((count, length, self.width))

    def state(self):
        return torch.zeros(2, self.width)


windows = Windows(rows)
series = torch.from_numpy(windows.batch(4, 3)).float()
joined = torch.cat([series[:, 0], windows.state()])
blank = series.new(1, series.size(0), 16).zero_()
grid = series.new(width, 5)
frame = torch.from_numpy(np.zeros((2, width)))
"""


LAST_BATCHES = """
import os
import torch
from torch.utils.data import DataLoader, Dataset


class Clips(Dataset):
    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return torch.randn(1, 50)


clips = Clips(int(os.environ["SEED"]))
for clip in DataLoader(clips, batch_size=1):
    single = clip.squeeze()
for batch in DataLoader(clips, batch_size=8):
    squeezed = batch.squeeze()
    kept = batch.squeeze(1)
"""


CONFIG_KEYS = """
import json
import os
import torch
import torch.nn as nn

config = json.loads(os.environ["SEED"])  # a configuration the engine cannot read
embed = nn.Linear(config["patch_dim"], config["emb_dim"])
patches = torch.randn(4, 16, config["patch_dim"])
tokens = embed(patches)
hidden = config["emb_dim"]
head = nn.Linear(hidden, 10)
logits = head(tokens)
"""


def checked(source: str, monkeypatch, runs: tuple[str, ...] = RUNS, untraced: tuple[str, ...] = ()) -> dict[str, str]:
    """name -> rendered hint of every tensor hint, each checked against every run: the same rank, and each number
    the size that ran (`untraced`: comprehension variables, which the run does not record)."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    for run in runs:
        truth = executed(source, "SEED", run, monkeypatch)
        for name, text in hints.items():
            if name in untraced:
                continue
            dims = text.strip("[]").split(", ") if text != "[]" else []
            assert len(dims) == len(truth[name]), f"{name}: {text} but ran as {list(truth[name])} (SEED={run})"
            for dim, size in zip(dims, truth[name], strict=True):
                assert not dim.isdigit() or int(dim) == size, f"{name}: {text} but ran as {list(truth[name])}"
    return hints


def test_a_seeded_generator_samples_as_the_random_module(monkeypatch):
    hints = checked(GENERATOR, monkeypatch)
    assert hints["batch"] == "[4, ?]"
    assert hints["picked"].endswith(", 5]")


def test_ids_summed_from_the_letters_of_words_are_ints(monkeypatch):
    hints = checked(WORDS, monkeypatch)
    assert hints["fixed"] == "[5]"
    assert hints["context"] == "[1, ?]"
    assert hints["letters"] == "[?]"


def test_a_number_that_is_an_int_on_one_path_and_a_float_on_another_is_still_a_number(monkeypatch):
    hints = checked(REWARDS, monkeypatch)
    assert hints["rewards"] == "[?]" and hints["normalised"] == "[?]"
    assert hints["typed"] == "[?]"
    assert hints["queued"] == "[?]"  # a deque is a sequence torch reads too
    assert "untyped" not in hints  # int64 or float32: the numbers decide


def test_a_size_that_may_be_1_is_not_pinned_by_broadcasting(monkeypatch):
    hints = checked(BATCH_ONE, monkeypatch, ("1", "300"))  # a batch of 2 to 299 rows raises in `torch.where`
    assert hints["logits"] == "[batch_size, 300]" and hints["after"] == "[batch_size, 300]"
    assert hints["kept"] == "[batch_size, 300]"  # batch 1 or 300: [1, 300] or [300, 300], the batch's rows both
    assert hints["tokens"] == "[batch_size, 1]"  # an unknown int passed to a parameter takes its name
    assert hints["x"] == "[batch_size, 8]"  # len() of a ModuleList is its number of layers


def test_int_of_a_tensor_is_an_int(monkeypatch):
    assert checked(CLASSES, monkeypatch)["scores"] == "[40, n_class]"


def test_numpy_joins_of_a_list_of_unknown_length_and_rows_of_an_array(monkeypatch):
    hints = checked(STACKED, monkeypatch)
    assert (hints["table"], hints["joined"]) == ("[count, 5]", "[5*count]")
    assert hints["columns"] == "[2, ?, 3]"
    assert hints["windows"] == "[4, 10]"  # each start its own int below 90: every window is 10 long


def test_a_true_division_of_a_size_is_a_float(monkeypatch):
    analysis = analyse(textwrap.dedent(SINUSOID), torch, "cpu", 4096, 30.0)
    (table,) = [b.value for b in analysis.hints() if b.name == "table"]
    assert table.dtype_name == "float64"  # `index / width` is a float even when index is a named size
    assert checked(SINUSOID, monkeypatch)["table"] == "[6, 64]"


def test_an_unknown_value_passed_as_a_size_is_a_size_named_after_its_variable(monkeypatch):
    hints = checked(OFF_DIAGONAL, monkeypatch)
    assert hints["ones"] == hints["eye"] == hints["mask"] == "[nodes, nodes]"
    assert hints["features"] == "[nodes, 4]"
    assert hints["grid"] == "[nodes, nodes]"  # the sizes written as one tuple too
    assert not analyse(textwrap.dedent(OFF_DIAGONAL), torch, "cpu", 4096, 30.0).issues  # `ones - eye` is no error


def test_an_unknown_rate_given_to_a_layer_costs_no_shape(monkeypatch):
    hints = checked(RATES, monkeypatch)
    assert (hints["out"], hints["h"], hints["c"]) == ("[5, 3, 16]", "[2, 3, 16]", "[2, 3, 16]")  # `nn.LSTM(**kwargs)`
    assert hints["normed"] == "[15, 16]"  # `momentum: float | None`
    assert (hints["attended"], hints["weights"]) == ("[5, 3, 16]", "[3, 5, 5]")  # `dropout=0.0`, not declared


def test_windows_cut_from_a_memory_mapped_file_stack_into_a_batch(monkeypatch):
    hints = checked(WINDOWS, monkeypatch, untraced=("i",))
    assert hints["x"] == hints["y"] == "[6, 32]"  # every start lies below len(data) - 32: each window is 32 long


def test_layers_stacked_from_a_list_of_unknown_length_keep_what_every_layer_keeps(monkeypatch):
    hints = checked(STACKS, monkeypatch)
    assert hints["x"] == hints["last"] == "[2, 5, 16]"  # a ModuleList of blocks that keep their input's shape
    assert hints["features"] == "[2, 3, ?, ?]"  # each conv halves the image: how often is not known
    assert hints["window"] == "[2, ?, 16]"  # a slice whose bound may be negative: its size is unknown


def test_counted_sizes_reach_recurrent_layers_legacy_constructors_and_replayed_transitions(monkeypatch):
    hints = checked(COUNTED, monkeypatch)
    assert hints["ids"] == "[tokens]"  # `LongTensor(n)` of an int the data decides: n items
    assert (hints["out"], hints["steps"]) == ("[3, 5, 16]", "[5, 3, 8]")  # nn.LSTM / nn.GRU of a counted size
    assert hints["h"] == "[2, 3, 16]"
    # a slot appended as None then filled: zip(*batch) would raise on a None, so each row is the transition
    assert (hints["observed"], hints["rewarded"]) == ("[2, 4]", "[2, 1]")


def test_an_array_of_numbers_read_from_text_has_one_size_per_level(monkeypatch):
    analysis = analyse(textwrap.dedent(ENCODED), torch, "cpu", 4096, 30.0)
    dtypes = {b.name: b.value.dtype_name for b in analysis.hints()}
    assert dtypes == {"encoded": "int64"}  # no text gives `np.array([])`, of rank 1: rows' rank is not known
    assert checked(ENCODED, monkeypatch) == {"encoded": "[?]"}


PIECES = """
import os
import torch

steps = int(os.environ["SEED"]) + 5
series = torch.randn(4, steps)
for column in series.split(1, dim=1):
    one = column * 2
for block in series.split(3, dim=1):
    some = block + 1
for row in series.t().unbind(0):
    each = row - 1
for part in torch.chunk(series, 2, dim=1):
    half = part.sum(0)
"""


def test_pieces_of_a_symbolic_dimension_are_a_tuple_of_unknown_length(monkeypatch):
    hints = checked(PIECES, monkeypatch, untraced=("column", "block", "row", "part"))
    assert (hints["one"], hints["each"]) == ("[4, 1]", "[4]")  # split(1) and unbind: each piece is known
    assert (hints["some"], hints["half"]) == ("[4, ?]", "[?]")  # the last piece may be shorter


UNKNOWN_SECTIONS = """
import os
import torch

scores = torch.rand(int(os.environ["SEED"]) + 6, 3)
routed = scores.argmax(1)
counts = torch.bincount(routed, minlength=3).tolist()
tokens = torch.randn(scores.shape[0], 8)
groups = tokens[routed.argsort()].split(counts, dim=0)
first = groups[0]
mixed = torch.cat([group * 2 for group in groups], 0)
pair = torch.split(tokens, [2, counts[0] + counts[1] + counts[2] - 2], dim=0)
head, rest = pair
quarters = tokens.chunk(int(scores.sum().item()) % 4 + 1, dim=1)
width = quarters[0]
"""


def test_pieces_of_sections_the_data_decides_keep_every_other_dimension(monkeypatch):
    hints = checked(UNKNOWN_SECTIONS, monkeypatch, untraced=("group",))
    assert (hints["first"], hints["mixed"]) == ("[?, 8]", "[?, 8]")  # one group per expert, sized by the data
    assert (hints["head"], hints["rest"]) == ("[2, 8]", "[?, 8]")  # a list of two sections: two pieces
    assert hints["width"] == "[?, ?]"


PINNED_TWICE = """
import os
import torch

batch = int(os.environ["SEED"])
logits = torch.randn(batch, 300)
floor = torch.randn(batch)
first = logits < floor
again = logits < floor
"""

PINNED_BEFORE = """
import os
import torch

batch = int(os.environ["SEED"])
wide = torch.randn(batch, 5) + torch.randn(batch)
row = torch.randn(batch) + torch.randn(5)
"""


def test_a_size_pinned_by_one_op_is_not_a_number_for_the_next(monkeypatch):
    # broadcasting [batch, 300] with [batch] holds for batch 1 or 300 only: torch pins batch to 300 there, the
    # engine undoes it, and the same op run again must not find 300 in torch's caches of the pinned run
    hints = checked(PINNED_TWICE, monkeypatch, runs=("1", "300"))
    assert hints["first"] == hints["again"] == "[batch, 300]"


def test_a_size_pinned_to_a_number_before_is_pinned_again(monkeypatch):
    # `wide` pins batch to 5 (for batch 5, or 1); `[batch] + [5]` must find that again, not keep batch as its size
    hints = checked(PINNED_BEFORE, monkeypatch, runs=("1", "5"))
    assert hints["wide"] == "[batch, 5]" and hints["row"] == "[5]"


CACHED_OFFSET = """
import os
import torch

steps = int(os.environ["SEED"])
tokens = torch.zeros(2, steps, dtype=torch.long)
cache = None
for step in range(steps):
    if cache is None:
        offset = 0
    else:
        offset = cache.size(1)
    positions = torch.arange(offset, tokens.size(1) + offset)
    cache = torch.zeros(2, steps + step + 1)
"""


def test_an_offset_that_is_0_or_a_size_keeps_the_terms_of_its_sums(monkeypatch):
    # 0 on the first step, the cache's length after: `arange(offset, steps + offset)` is `steps` long either way
    assert checked(CACHED_OFFSET, monkeypatch, runs=("3", "8"))["positions"] == "[steps]"


def test_sizes_read_from_data_the_engine_cannot_read_are_named_after_what_holds_them(monkeypatch):
    hints = checked(UNREAD_DATA, monkeypatch, ("[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3, 4, 5]]"))
    assert hints["frame"] == "[2, width]"  # numpy raises unless every size in the tuple is an int
    assert hints["series"] == "[4, 3, width]"  # `self.width` in one method is `self.width` in the other
    assert hints["joined"] == "[6, width]"
    assert (hints["blank"], hints["grid"]) == ("[1, 4, 16]", "[width, 5]")  # `x.new(*sizes)`, the legacy constructor


def test_squeezing_a_batch_that_may_hold_one_sample_has_no_known_rank(monkeypatch):
    hints = checked(LAST_BATCHES, monkeypatch, ("1", "9", "16"))  # a last batch of 1, 1 and 8 samples
    assert hints["single"] == "[50]"  # batches of one sample: a DataLoader yields no empty batch
    assert "squeezed" not in hints  # [50] after a last batch of one, [8, 50] after a full one
    assert hints["kept"] == "[≤8, 50]"


def test_sizes_read_from_a_configuration_by_key_are_named_after_the_key(monkeypatch):
    runs = ('{"patch_dim": 12, "emb_dim": 8}', '{"patch_dim": 48, "emb_dim": 32}')
    hints = checked(CONFIG_KEYS, monkeypatch, runs)
    assert hints["patches"] == "[4, 16, patch_dim]"
    assert hints["tokens"] == "[4, 16, emb_dim]"  # the layer built with the sizes its arguments name
    assert hints["logits"] == "[4, 16, 10]"  # in a program that runs, the head takes the size its input has


ONE_HOT = """
import os
import numpy as np
import torch

nodes = int(os.environ["SEED"])
labels = np.where(np.ones([nodes, nodes]) - np.eye(nodes))[0]
picked = torch.from_numpy(np.identity(nodes, dtype=np.float32)[len(labels) % nodes, :])
classes = sorted(set(labels))
table = {c: np.identity(len(classes))[i, :] for i, c in enumerate(classes)}
row = torch.from_numpy(table[labels[0]])
pairs = (torch.ones(nodes, nodes).triu() - torch.eye(nodes)).nonzero()
flat = pairs.t()[0] * nodes + pairs.t()[1]
"""


def test_identity_rows_picked_by_unknown_ints_and_nonzero_of_named_sizes(monkeypatch):
    hints = checked(ONE_HOT, monkeypatch, runs=("2", "3", "7"))
    assert hints["picked"] == "[nodes]"  # an int the engine does not know picks one row of `np.identity(n)`
    assert hints["row"] == "[?]"  # a row of the identity as wide as the set of labels
    assert (hints["pairs"], hints["flat"]) == ("[?, 2]", "[?]")  # how many entries are not 0: the data decides


OPEN_CALLS = """
import json
import os
from dataclasses import dataclass
import torch
import torch.nn as nn

@dataclass
class Grid:
    rows: int = 2
    cols: int = 6

class Head(nn.Module):
    def __init__(self, width, classes=3, **extra):
        super().__init__()
        self.proj = nn.Linear(16, width)
        self.out = nn.Linear(width, classes)
        self.heads = extra.get("heads", 2)

    def forward(self, x):
        return self.out(self.proj(x)), x.new_zeros(self.heads, x.shape[0])

def padded(x, extra=1, *rest):
    return torch.cat([x, x.new_zeros(x.shape[0], extra)], 1)

seed = int(os.environ["SEED"])
options = json.loads('{"width": %d, "heads": %d}' % (4 * seed, seed))  # a configuration the engine cannot read
head = Head(**options)
x = torch.randn(5, 16)
logits, split = head(x)
wider = padded(x, *[2] * seed)
grid = Grid(**json.loads('{"rows": %d}' % seed))
cells = torch.zeros(grid.rows, grid.cols)
"""


def test_calls_given_mappings_the_engine_cannot_read_bind_unknown_parameters(monkeypatch):
    hints = checked(OPEN_CALLS, monkeypatch, runs=("1", "3"))
    assert hints["logits"] == "[5, classes]"  # the mapping may give any parameter, one with a default too
    assert hints["split"] == "[heads, 5]"  # `**extra` holds what the mapping gives beyond them: not its default
    assert hints["wider"] == "[5, extra+16]"  # `extra` is filled from a list of unknown length, or keeps its default
    assert hints["cells"] == "[rows, cols]"  # a dataclass's generated `__init__` alike
