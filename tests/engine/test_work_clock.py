"""An analysis budget counts the CPU time of the thread analysing, not the time that passes: an analysis that waits
(for the interpreter lock the server's other threads hold, or for a machine busy with other processes) is not cut
short by the wait (truths from executing the program)."""

import textwrap
import time

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

PROGRAM = """
import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
x = torch.randn(5, 8)
hidden = net[0](x)
out = net(x)
probs = out.softmax(-1)
"""

WAIT_S = 0.5
BUDGET_S = 2.0


def test_waiting_does_not_spend_the_budget(monkeypatch):
    waits = []

    def cancelled() -> bool:
        time.sleep(WAIT_S)  # descheduled: time passes, the thread does no work
        waits.append(WAIT_S)
        return False

    analysis = analyse(textwrap.dedent(PROGRAM), torch, "cpu", 4096, BUDGET_S, cancelled)
    assert analysis.completed and sum(waits) > BUDGET_S
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    assert {b.name: analysis.shape_text(b.value) for b in analysis.hints()} == found
    assert found["probs"] == truth["probs"] == "[5, 4]"
