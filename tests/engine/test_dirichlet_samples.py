"""Unit tests: sampling a Beta or a Dirichlet distribution (torch's `_sample_dirichlet`, which has no meta kernel)
gives a tensor of the distribution's shape, as do the log-probabilities of the sample."""

from engine_support import hints_and_truth

SAMPLES = """
import torch
import torch.nn as nn
from torch.distributions import Beta, Dirichlet

head = nn.Sequential(nn.Linear(10, 3), nn.Softplus())
x = torch.randn(4, 10)
alpha = head(x) + 1
beta = head(x) + 1
dist = Beta(alpha, beta)
action = dist.sample()
logp = dist.log_prob(action).sum(dim=1)
draws = Beta(alpha, beta).rsample((2,))
mix = Dirichlet(torch.ones(5, 4, dtype=torch.float64)).sample()
"""


def test_beta_and_dirichlet_samples_have_the_distribution_shape(monkeypatch):
    found, truth = hints_and_truth(SAMPLES, monkeypatch)
    for name in ("action", "logp", "draws", "mix"):
        assert found[name] == truth[name], name
