"""Scientific tensor math: linalg solves and decompositions, cdist, kron, FFT, quantiles, einsum, bmm."""

import math

import torch

torch.manual_seed(0)

n, m, k = 5, 4, 3
batch_size, heads = 2, 3

# Norms along a dimension.
vectors = torch.randn(8, n)
row_norms = torch.linalg.norm(vectors, dim=1)
col_norms = torch.linalg.norm(vectors, ord=1, dim=0)
unit_vectors = vectors / row_norms.unsqueeze(-1)

# A symmetric positive definite system.
A = torch.randn(n, n)
spd = A @ A.T + n * torch.eye(n)
b = torch.randn(n, k)
solution = torch.linalg.solve(spd, b)
spd_inv = torch.linalg.inv(spd)
L = torch.linalg.cholesky(spd)
log_det = 2.0 * torch.log(torch.diagonal(L)).sum()

# Decompositions of a tall matrix.
tall = torch.randn(n + 3, m)
Q, R = torch.linalg.qr(tall)
U, S, Vh = torch.linalg.svd(tall, full_matrices=False)
reconstructed = U @ torch.diag(S) @ Vh
eigenvalues, eigenvectors = torch.linalg.eigh(spd)
whitening = eigenvectors @ torch.diag(eigenvalues.rsqrt()) @ eigenvectors.T

# Pairwise distances and products.
points_a = torch.randn(batch_size, 6, 3)
points_b = torch.randn(batch_size, 4, 3)
distances = torch.cdist(points_a, points_b)
outer = torch.outer(torch.arange(1.0, 4.0), torch.arange(1.0, 5.0))
block = torch.kron(torch.eye(2), torch.ones(2, 3))
diag_batch = torch.diag_embed(torch.rand(batch_size, n))
lower = torch.tril(spd)
strict_upper = torch.triu(spd, diagonal=1)

# Cumulative products and stable reductions.
rates = torch.rand(batch_size, 10) * 0.1
growth = torch.cumprod(1.0 + rates, dim=1)
scores = torch.randn(batch_size, 7)
log_normaliser = torch.logsumexp(scores, dim=-1)
log_probs = scores - log_normaliser.unsqueeze(-1)

# Spectral analysis of a noisy signal.
num_samples = 64
t = torch.arange(num_samples) / num_samples
signal = torch.sin(2 * math.pi * 5 * t) + 0.3 * torch.randn(batch_size, num_samples)
spectrum = torch.fft.rfft(signal)
freqs = torch.fft.rfftfreq(num_samples, d=1.0 / num_samples)
spectrum_filtered = spectrum * (freqs < 10).to(spectrum.dtype)
smoothed = torch.fft.irfft(spectrum_filtered, n=num_samples)

# A grid for evaluating a function.
xs = torch.linspace(-1.0, 1.0, 20)
ys = torch.linspace(-1.0, 1.0, 15)
grid_x, grid_y = torch.meshgrid(xs, ys, indexing="ij")
grid_points = torch.stack([grid_x, grid_y], dim=-1)

# Distribution summaries.
samples = torch.randn(1000)
histogram = torch.histc(samples, bins=20, min=-3.0, max=3.0)
data = torch.randn(batch_size, 100)
q = torch.tensor([0.1, 0.5, 0.9])
quantiles = torch.quantile(data, q, dim=1)
median = torch.quantile(data, 0.5, dim=1, keepdim=True)
clipped = torch.clamp(data, min=-2.0, max=2.0)
blend_weight = torch.rand(batch_size, 1)
blended = torch.lerp(data, clipped, blend_weight)

# Batched contractions.
left = torch.randn(batch_size, n, m)
right = torch.randn(batch_size, m, k)
bmm_einsum = torch.einsum("bij,bjk->bik", left, right)
pairwise_dots = torch.einsum("bnd,bmd->bnm", points_a, points_b)
shared_input = torch.randn(batch_size, 1, n, m)
head_weights = torch.randn(1, heads, m, k)
per_head = shared_input @ head_weights
bias = torch.randn(batch_size, n, k)
affine = torch.baddbmm(bias, left, right, beta=0.5, alpha=2.0)
