"""Engine tests: an `.npz` archive `np.load` opens is its own context manager, so `with np.load(path) as f` binds
the archive the program saved there (it bound nothing known). Truths come from running each program."""

from engine_support import hints_and_truth

FILTERS = """
import numpy as np
import torch

np.savez_compressed("banks.npz", low=np.ones((40, 201), dtype=np.float32), high=np.ones((80, 201), dtype=np.float32))


def bank(name):
    with np.load("banks.npz", allow_pickle=False) as f:
        return torch.from_numpy(f[name])


spectrum = torch.rand(201, 30)
low = bank("low") @ spectrum
high = bank("high") @ spectrum
"""


def test_archive_opened_in_a_with_statement_binds_its_arrays(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    found, truth = hints_and_truth(FILTERS, monkeypatch)
    assert found["low"] == truth["low"] == "[40, 30]"
    assert found["high"] == truth["high"] == "[80, 30]"
