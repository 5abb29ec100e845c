"""Engine tests: np.random's beta, gamma, laplace, lognormal and geometric draws (and a Generator's) are numbers
without a size and arrays of that size with one, the size sitting after the distribution's parameters."""

from engine_support import hints_and_truth

DRAWS = """
import numpy as np
import torch

rng = np.random.default_rng(0)
base = torch.zeros(3)
scaled_beta = base * np.random.beta(1.0, 1.0)
scaled_gamma = base * rng.gamma(2.0)
scaled_lognormal = base * np.random.lognormal(0.0, 0.5)
betas = torch.from_numpy(np.random.beta(2.0, 3.0, (4, 5)))
gammas = torch.from_numpy(rng.gamma(2.0, 1.0, size=6))
laplaces = torch.from_numpy(np.random.laplace(0.0, 1.0, (2, 3)))
lognormals = torch.from_numpy(rng.lognormal(0.0, 1.0, (5,)))
geometrics = torch.from_numpy(np.random.geometric(0.5, size=(2, 2)))
"""


def test_distribution_draws_are_numbers_or_arrays_of_their_size(monkeypatch):
    found, truth = hints_and_truth(DRAWS, monkeypatch)
    names = ("scaled_beta", "scaled_gamma", "scaled_lognormal", "betas", "gammas", "laplaces", "lognormals")
    for name in (*names, "geometrics"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
