"""Engine tests: `np.r_` and `np.c_` join the arrays they are indexed by as `np.concatenate` does (`np.r_` makes a
Python number one item of the arrays' dtype when it fits their kind, as numpy's weak scalars do), and an int array
meeting a float the engine knows (a named constant, not only a literal) gives float64 as numpy does for a Python
float and a float64 scalar alike. Truths come from running each program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse

JOINED = """
import numpy as np
import torch

SCALE = 32768.0
rows = np.random.randn(5, 2) + np.array([0.0, 6.0])
ints = np.arange(6, dtype=np.int16)

stacked = torch.from_numpy(np.r_[rows, rows * 2, rows[:3]])
flat = torch.from_numpy(np.r_[ints, np.zeros((), dtype=np.int16)])
columns = torch.from_numpy(np.c_[np.zeros(4), np.ones(4, dtype=np.float32)])
widened = torch.from_numpy(np.c_[np.zeros((4, 2)), np.arange(4)])
scaled = torch.from_numpy(ints / SCALE)
shifted = torch.from_numpy(ints * SCALE)
made = torch.Tensor(np.r_[rows, rows])
bounded = torch.from_numpy(np.r_[0, ints, len(ints)])
halved = torch.from_numpy(np.r_[0.5, ints])
numbers = torch.from_numpy(np.r_[1, 2, 3])
"""


def test_axis_concatenators_and_named_floats_follow_numpy():
    analysis = analyse(textwrap.dedent(JOINED), torch, "cpu", 4096, 30.0)
    found = {b.name: (analysis.shape_text(b.value), b.value.probe.dtype) for b in analysis.hints()}
    names: dict[str, object] = {}
    exec(textwrap.dedent(JOINED), names)
    truth = {n: (str(list(v.shape)), v.dtype) for n, v in names.items() if isinstance(v, torch.Tensor)}
    assert len(truth) == 10
    for name, expected in truth.items():
        assert found.get(name) == expected, (name, found.get(name), expected)


def test_concatenators_of_what_is_not_an_array_stay_unknown():
    source = """
    import numpy as np
    import torch

    counted = torch.from_numpy(np.r_[0:1:5j, np.zeros(2)])
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    assert "counted" not in {b.name for b in analysis.hints()}
