"""Control flow: branches with equal and different shapes, loops, comprehensions, helpers, walrus, helpers that
read a global variable or a class attribute the program changes between their calls, loops in helpers called from
nested loops, a helper reached only through a registry, and values that may be None (tested with `is None`,
`is not None` and `assert`)."""

import os

import torch
import torch.nn.functional as F

USE_LARGE = True
batch = 4

if USE_LARGE:
    hidden = torch.zeros(batch, 64)
else:
    hidden = torch.zeros(batch, 32)

for mode in ["train", "eval"]:
    if mode == "train":
        features = torch.randn(batch, 16)
    else:
        features = torch.randn(batch, 16)
    doubled = features * 2

for variant in range(3):
    if variant == 0:
        grown = torch.ones(2, 3)
    else:
        grown = torch.ones(2, 5)
    width = grown.shape[1]

accumulator = torch.zeros(3, 3)
for i in range(5):
    accumulator += torch.eye(3) * i
    accumulator = accumulator.clamp(max=10.0)

state = torch.randn(2, 8)
steps = 0
while steps < 3:
    state = torch.tanh(state @ torch.eye(8))
    steps += 1

growing = torch.zeros(1, 4)
for _ in range(3):
    growing = torch.cat([growing, torch.ones(1, 4)], dim=0)

sequence = torch.randn(6, 5)
for row in sequence:
    normalised_row = row / row.norm()

for idx, (left, right) in enumerate(zip(torch.randn(3, 2), torch.randn(3, 2))):
    pair = torch.stack([left, right])

rows = [torch.full((4,), float(i)) for i in range(5)]
stacked = torch.stack(rows)
stacked_inline = torch.stack([torch.randn(3) for _ in range(7)], dim=1)
unsqueezed = torch.cat([t.unsqueeze(0) for t in rows], dim=0)
squares = [v * v for v in torch.randn(3, 2)]
catted = torch.cat([torch.randn(2, k) for k in (1, 2, 3)], dim=1)
summed = sum(torch.ones(2, 2) for _ in range(3))


def normalize(t, eps=1e-6):
    centered = t - t.mean(dim=-1, keepdim=True)
    scaled = centered / (t.std(dim=-1, keepdim=True) + eps)
    return scaled


def project(t, out_features):
    weight = torch.randn(t.shape[-1], out_features)
    projected = t @ weight
    return projected


norm_a = normalize(torch.randn(3, 10))
norm_b = normalize(torch.randn(5, 2, 10))
proj_a = project(torch.randn(4, 6), 3)
proj_b = project(torch.randn(4, 6), 8)


def pad_to(t, length):
    if t.shape[0] < length:
        padding = torch.zeros(length - t.shape[0], *t.shape[1:])
        t = torch.cat([t, padding])
    return t


padded = pad_to(torch.ones(3, 2), 5)
not_padded = pad_to(torch.ones(6, 2), 5)

if (count := torch.arange(5).sum()) > 3:
    message = "big"
if (window := torch.ones(2, 3)).numel() > 0:
    window_sum = window.sum(dim=0)

with torch.no_grad():
    frozen = torch.randn(2, 2) @ torch.randn(2, 3)

total = torch.zeros(5)
total += torch.ones(5)
total *= 2
total -= torch.arange(5)
scaled_matrix = torch.ones(2, 3)
scaled_matrix /= 4
first, *rest = torch.randn(4, 3)
ternary = torch.ones(3) if USE_LARGE else torch.ones(4)

width = 4


def make_features():
    return torch.zeros(2, width)


first_features = make_features()
width = 8
second_features = make_features()


class Defaults:
    hidden = 6


def make_hidden():
    return torch.zeros(Defaults.hidden)


hidden_before = make_hidden()
Defaults.hidden = 10
hidden_after = make_hidden()


def doubled_rows(steps):
    rows = torch.ones(1, 3)
    for _ in range(steps):
        rows = torch.cat([rows, rows])
        scaled = rows * 2
    return rows


def running_list(count):
    kept = []
    for index in range(count):
        kept.append(float(index))
    return torch.tensor(kept)


def epochs(epoch_count, batch_count, steps):
    for epoch in range(epoch_count):
        for step in range(batch_count):
            grown = doubled_rows(steps)
            kept_tensor = running_list(steps)


steps = int(os.environ.get("STEPS", "3"))
epochs(steps, steps, steps)

REDUCERS = {}


def reducer(function):
    REDUCERS[function.__name__] = function
    return function


@reducer
def running_counts():
    counts = []
    for value in range(1, 4):
        counts.append(value)
        so_far = torch.tensor(counts)
    return so_far


counted = REDUCERS[os.environ.get("REDUCER", "running_counts")]()


def conditioned(noise, labels, table):
    """Classifier-free guidance in the style of a diffusion model: the label embedding only when labels are given."""
    if labels is not None:
        noise = noise + table[labels]
    return noise


def prompt_tokens(context=None, start=None):
    if start is None:
        assert context is not None
        tokens = torch.tensor(context).unsqueeze(0)
    else:
        assert context is None
        tokens = torch.full((1, 1), start)
    return tokens


label_table = torch.randn(10, 8)
class_labels = torch.arange(4)
for guidance_step in range(steps):
    if guidance_step % 2 == 1:
        class_labels = None
    guided = conditioned(torch.randn(4, 8), class_labels, label_table)
    chosen_labels = class_labels if class_labels is not None else torch.zeros(4, dtype=torch.long)
unconditional = steps > 2
prompt = prompt_tokens(context=[5, 6, 7] if not unconditional else None, start=0 if unconditional else None)
attention_mask = None
if steps > 1:
    attention_mask = torch.ones(5, 5).tril()
if attention_mask is None:
    attention_mask = torch.zeros(5, 5)
masked_scores = torch.randn(2, 5, 5) + attention_mask
