"""Unit tests: `a.dtype` of a numpy array is its dtype, whose `str` and `.name` are numpy's name of it, so a branch
on the dtype's name (`'float' in str(a.dtype)`) is decided and keeps the tensor it converts."""

from engine_support import hints_and_truth

CONVERTED = """
import numpy as np
import torch


def to_tensor(x):
    if 'float' in str(x.dtype):
        x = torch.Tensor(x)
    elif 'int' in str(x.dtype):
        x = torch.LongTensor(x)
    else:
        return x
    return x.to('cpu')


waveform = to_tensor(np.random.uniform(-1, 1, (4, 320)).astype(np.float32))
labels = to_tensor(np.zeros((4, 3), dtype=np.int64))
flags = np.ones(5) > 0
kept = to_tensor(flags)
mask = torch.from_numpy(flags) if flags.dtype.name == 'bool' else torch.zeros(2)
"""


def test_the_name_of_an_array_dtype_decides_a_branch(monkeypatch):
    found, truth = hints_and_truth(CONVERTED, monkeypatch)
    for name in ("waveform", "labels", "mask"):
        assert found.get(name) == truth[name], name
    assert "kept" not in truth and "kept" not in found
