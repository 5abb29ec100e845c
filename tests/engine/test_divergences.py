"""Engine tests: `kl_divergence(p, q)` of two distributions built on tensors runs on their probes (the batch
shape both broadcast to), and so does one with a distribution built on plain numbers (`Normal(0.0, 1.0)`,
whose parameters torch makes 0-d tensors)."""

from engine_support import hints_and_truth

DIVERGENCES = """
import torch
from torch.distributions import Categorical, Normal, kl_divergence
from torch.distributions.kl import kl_divergence as divergence

mu, logvar = torch.randn(2, 16, 1, 1).chunk(2, dim=1)
posterior = Normal(mu, logvar.mul(0.5).exp())
prior = Normal(torch.zeros_like(mu), torch.ones_like(logvar))
per_dim = kl_divergence(posterior, prior)
total = divergence(posterior, prior).sum(1).mean()
broadcast = kl_divergence(Normal(torch.zeros(3, 1), torch.ones(3, 1)), Normal(torch.zeros(4), torch.ones(4)))
policy = Categorical(logits=torch.randn(5, 6))
old = Categorical(probs=torch.softmax(torch.randn(5, 6), -1))
drift = kl_divergence(policy, old)
standard = kl_divergence(posterior, Normal(0.0, 1.0))
noise = Normal(0, 1).sample(mu.shape)
"""


def test_kl_divergence_runs_on_the_distributions_probes(monkeypatch):
    found, truth = hints_and_truth(DIVERGENCES, monkeypatch)
    for name in ("per_dim", "total", "broadcast", "drift", "standard", "noise"):
        assert found[name] == truth[name], name
