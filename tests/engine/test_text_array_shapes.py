"""Engine tests: arrays read from text files, whose shape the data decides, still have a tuple of ints for a shape."""

import pytest
from engine_support import agrees, hints_and_truth

PER_COLUMN_SCALES = """
    import os
    import tempfile

    import numpy as np
    import torch

    path = os.path.join(tempfile.mkdtemp(), "rates.csv")
    np.savetxt(path, np.random.rand(30, 5), delimiter=",")

    table = np.loadtxt(path, delimiter=",")
    normalised = np.zeros(table.shape)
    days, columns = normalised.shape
    peaks = np.ones(columns)
    for column in range(columns):
        peaks[column] = np.abs(table[:, column]).max()
        normalised[:, column] = table[:, column] / peaks[column]
    scale = torch.from_numpy(peaks).float()
    windows = torch.zeros((days - 7, 7, columns))
    scaled = windows[:, -1, :] * scale.expand(windows.size(0), columns)
    ranks = torch.zeros(normalised.ndim, np.loadtxt(path, delimiter=",", dtype=np.float32).ndim)
"""


def test_the_shape_of_a_loaded_table_unpacks_into_sizes(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(PER_COLUMN_SCALES, monkeypatch)
    assert set(truth) == {"scale", "windows", "scaled", "ranks"}
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert {name: found.get(name) for name in truth} == {
        "scale": "[columns]",
        "windows": "[days-7, 7, columns]",
        "scaled": "[days-7, columns]",
        "ranks": "[ndim, ndim]",
    }
