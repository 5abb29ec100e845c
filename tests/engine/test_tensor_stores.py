"""Engine tests: `t[key] = value` on a tensor raises where the value does not broadcast to the region the key
selects (a batch stored in a slot for one row); the error is reported on the store, and stores that fit (leading
dimensions of size 1, broadcasting, slices, rows picked by a loop's index) are not."""

from engine_support import reported_and_raising

BATCH_IN_A_ROW = """
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--steps", type=int, default=6)
args = parser.parse_args()
policy = nn.Linear(4, 3)
observations = torch.zeros(args.steps, 4)
batch = torch.randn(8, 4)
for step in range(args.steps):
    logits = policy(batch)
    observations[step] = batch
"""

FITTING_STORES = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--steps", type=int, default=6)
args = parser.parse_args()
buffer = torch.zeros(args.steps, 8, 4)
rows = torch.randn(8, 4)
for step in range(args.steps):
    buffer[step] = rows
    buffer[step] = rows.unsqueeze(0)
    buffer[step, :, 0] = rows[:, 1]
    buffer[step] = rows[0]
    buffer[step, 2:4] = torch.ones(2, 4)
    buffer[:, step % 8] = torch.zeros(4)
rows[rows > 0] = 0.0
print(buffer.shape)
"""


def test_a_batch_stored_where_one_row_goes_is_reported_on_the_store(monkeypatch):
    reported, raised = reported_and_raising(BATCH_IN_A_ROW, monkeypatch)
    assert raised == 14 and reported == [(14, "torch.Tensor.__setitem__")]


def test_stores_whose_values_broadcast_to_their_region_are_not_reported(monkeypatch):
    reported, raised = reported_and_raising(FITTING_STORES, monkeypatch)
    assert raised == 0 and reported == []
