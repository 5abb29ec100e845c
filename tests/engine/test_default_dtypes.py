"""Engine tests: a top-level `torch.set_default_dtype(torch.float64)` or `torch.set_default_tensor_type(
'torch.DoubleTensor')` makes the tensors and layers made after it double, as the program's run does: a layer made
after it takes a float64 NumPy array without a dtype error, and one made before it refuses a tensor made after it.
Truths come from running each program."""

import textwrap
import threading

import pytest
import torch
from engine_support import hints_and_truth, reported_and_raising

LAYER_AFTER_THE_SETTING = """
import numpy as np
import torch
from torch import nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.affine = nn.Linear(11, 64)
        self.head = nn.Linear(64, 2)

    def forward(self, x):
        x = torch.tanh(self.affine(x))
        return self.head(x)


torch.set_default_tensor_type("torch.DoubleTensor")
policy = Policy()
state = torch.from_numpy(np.zeros(11)).unsqueeze(0)
action = policy(state)
returns = torch.Tensor(state.size(0), 1)
values = policy(torch.zeros(5, 11))
"""

LAYER_BEFORE_THE_SETTING = """
import torch
from torch import nn

layer = nn.Linear(3, 4)
torch.set_default_dtype(torch.float64)
x = torch.zeros(2, 3)
y = layer(x)
"""


@pytest.fixture(autouse=True)
def _default_dtype_restored():
    before = torch.get_default_dtype()
    yield
    torch.set_default_dtype(before)


def test_a_layer_made_after_the_setting_takes_double_tensors(monkeypatch):
    assert reported_and_raising(LAYER_AFTER_THE_SETTING, monkeypatch) == ([], 0)
    found, truth = hints_and_truth(LAYER_AFTER_THE_SETTING, monkeypatch)
    for name in ("state", "action", "returns", "values"):
        assert found[name] == truth[name]


def test_a_layer_made_before_the_setting_refuses_double_tensors(monkeypatch):
    reported, raised = reported_and_raising(LAYER_BEFORE_THE_SETTING, monkeypatch)
    assert raised == 8
    assert [line for line, _ in reported] == [raised]


def test_the_engine_keeps_its_own_default_dtype():
    from torch_lsp.analysis.engine import analyse

    analyse(textwrap.dedent(LAYER_BEFORE_THE_SETTING), torch, "cpu", 4096, 30.0)
    assert torch.get_default_dtype() == torch.float32


def test_an_example_run_in_another_thread_meanwhile_sees_torchs_own_default():
    from torch_lsp.analysis.default_dtypes import DefaultDtype
    from torch_lsp.knowledge.model import Example, Expectation
    from torch_lsp.knowledge.verify import PASS, run_example

    outcomes = []
    example = Example("torch.zeros(2)", Expectation(shape=(2,), dtype="float32"))
    other = threading.Thread(target=lambda: outcomes.append(run_example("torch.zeros", example, "cpu")))
    with DefaultDtype(torch) as default:
        default.set(torch.float64)
        other.start()
        other.join(0.5)  # it waits while the analysis's program has torch's default changed
        assert outcomes == []
    other.join()
    assert [outcome.status for outcome in outcomes] == [PASS]
