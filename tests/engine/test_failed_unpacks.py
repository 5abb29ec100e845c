"""Unit tests: unpacking None, or a list or tuple whose known items number other than the targets, raises, so
what follows sees only the paths that got past it; `zip()` of no iterable yields nothing and `random.sample` of an
empty population returns no item (a replay buffer sampled under `len(memory) > batch_size`, while still empty)."""

import textwrap

import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

REPLAY = """
import os
import random
import numpy as np
import torch

batch_size = int(os.environ["BATCH"])


def update(memory):
    global state_batch, action_batch
    batch = random.sample(memory, batch_size)
    states, actions = map(np.stack, zip(*batch))
    state_batch = torch.FloatTensor(states)
    action_batch = torch.FloatTensor(actions)


memory = []
for step in range(40):
    if len(memory) > batch_size:
        update(memory)
    memory.append((np.random.randn(17), np.random.randn(6)))
"""

NONE = """
import os
import torch

batch_size = int(os.environ["BATCH"])


def draw(memory, count):
    if not memory:
        return None
    return torch.zeros(count, 5), torch.zeros(count, 2)


def update(memory):
    global drawn_rows, drawn_extra
    drawn_rows, drawn_extra = draw(memory, batch_size)


memory = []
for step in range(40):
    if len(memory) > batch_size:
        update(memory)
    memory.append(torch.randn(5))
"""


def _hints_and_truth(source: str, monkeypatch) -> tuple[dict[str, str], dict[str, list[int]]]:
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    truth = {name: list(shape) for name, shape in executed(source, "BATCH", "16", monkeypatch).items()}
    return found, truth


def test_a_sample_of_the_empty_buffer_raises_before_the_batch(monkeypatch):
    found, truth = _hints_and_truth(REPLAY, monkeypatch)
    assert found["state_batch"] == "[batch_size, 17]" and truth["state_batch"] == [16, 17]
    assert found["action_batch"] == "[batch_size, 6]" and truth["action_batch"] == [16, 6]


def test_unpacking_none_raises_before_the_names_bound(monkeypatch):
    found, truth = _hints_and_truth(NONE, monkeypatch)
    assert found["drawn_rows"] == "[batch_size, 5]" and truth["drawn_rows"] == [16, 5]
    assert found["drawn_extra"] == "[batch_size, 2]" and truth["drawn_extra"] == [16, 2]
