"""CTC loss, which torch's fake tensors refuse on symbolic sizes (the data decides an internal output's shape): no
verdict from that refusal, the result from runs on sampled sizes, and lengths that surely miss the batch of the
log-probabilities ([T, N, C]) reported as torch words it."""

import textwrap

import torch
from engine_support import hints_and_truth, raising_line
from torch_lsp.analysis.engine import analyse

SOURCE = """
import os
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

count = int(os.environ.get("ROWS", "20"))
loader = DataLoader(TensorDataset(torch.randn(count, 30, 5), torch.randint(1, 5, (count, 6))), batch_size=8)
ctc = nn.CTCLoss(blank=0, zero_infinity=True)
for frames, targets in loader:
    log_probs = F.log_softmax(frames, -1).transpose(0, 1)
    frame_counts = torch.full((frames.shape[0],), 30, dtype=torch.long)
    target_counts = torch.full((frames.shape[0],), 6, dtype=torch.long)
    loss = ctc(log_probs, targets, frame_counts, target_counts)
"""


def test_a_loss_whose_internals_the_data_sizes_is_no_shape_error(monkeypatch):
    assert analyse(textwrap.dedent(SOURCE), torch, "cpu", 4096, 30.0).issues == []
    found, truth = hints_and_truth(SOURCE, monkeypatch)
    assert found["loss"] == truth["loss"]


def test_lengths_of_a_loader_batch_given_with_log_probs_not_transposed_miss_the_batch(monkeypatch):
    """[N, T, C] read as [T, N, C]: the batch is T = 30, the lengths hold a batch of at most 8."""
    source = SOURCE.replace("F.log_softmax(frames, -1).transpose(0, 1)", "F.log_softmax(frames, -1)")
    line = raising_line(source, monkeypatch)
    assert line > 0
    issues = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues
    assert [(i.line + 1, i.error.message, i.error.for_all_sizes) for i in issues] == [
        (line, "input_lengths must be of size batch_size", True)
    ]
