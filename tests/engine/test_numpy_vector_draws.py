"""Engine tests: np.random's (a RandomState's, a Generator's) vector samplers, `dirichlet`, `multinomial` and
`multivariate_normal`, draw one vector as long as their parameter vector, under the shape `size` when given
(overlays/numpy_model). Truths come from running the program."""

from engine_support import hints_and_truth

VECTOR_DRAWS = """
import numpy as np
import torch

state = np.random.RandomState(3)
rng = np.random.default_rng(0)
transitions = torch.from_numpy(state.dirichlet(np.repeat(0.5, 12), 12))
mixture = torch.tensor(np.random.dirichlet([1.0, 2.0, 3.0]))
batched = torch.from_numpy(rng.dirichlet(np.ones(4), size=(2, 5)))
counts = torch.from_numpy(np.random.multinomial(20, [0.2, 0.3, 0.5], size=7))
one_count = torch.from_numpy(rng.multinomial(10, np.full(6, 1 / 6)))
points = torch.from_numpy(state.multivariate_normal(np.zeros(3), np.eye(3), 9))
"""


def test_vector_samplers_add_the_parameter_vector_length_to_their_size(monkeypatch):
    found, truth = hints_and_truth(VECTOR_DRAWS, monkeypatch)
    for name in ("transitions", "mixture", "batched", "counts", "one_count", "points"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])
