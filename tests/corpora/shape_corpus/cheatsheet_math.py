"""Cheat sheet: broadcasting, element-wise math, matmul/mm/bmm/mv/dot/einsum, linear algebra."""

import torch
import torch.nn.functional as F

a = torch.randn(3, 1)
b = torch.randn(1, 4)
outer_sum = a + b
scaled = 2 * a
shifted = b - 1.0
ratio = a / (b + 1.0)
power = a ** 2
row = torch.randn(4)
broadcast_rows = torch.randn(5, 4) * row
batch_bias = torch.randn(2, 3, 4) + row
clamped = torch.clamp(outer_sum, min=-1.0, max=1.0)
absolute = outer_sum.abs()
exp = torch.exp(a)
log = torch.log1p(absolute)
sqrt = absolute.sqrt()
sig = torch.sigmoid(outer_sum)
soft = F.softmax(outer_sum, dim=1)
log_soft = F.log_softmax(outer_sum, dim=-1)
relu = F.relu(outer_sum)
gelu = F.gelu(outer_sum)
comparison = outer_sum > 0
logical = comparison & (outer_sum < 0.5)

m1 = torch.randn(3, 4)
m2 = torch.randn(4, 5)
product = m1 @ m2
mm = torch.mm(m1, m2)
matmul = torch.matmul(m1, m2)
v = torch.randn(4)
mv = torch.mv(m1, v)
mat_vec = m1 @ v
vec_mat = v @ m2
dot = torch.dot(v, v)
inner = torch.inner(v, v)
outer = torch.outer(v, torch.randn(2))
batch1 = torch.randn(8, 3, 4)
batch2 = torch.randn(8, 4, 5)
bmm = torch.bmm(batch1, batch2)
batched_matmul = torch.matmul(batch1, batch2)
broadcast_matmul = batch1 @ m2
baddbmm = torch.baddbmm(torch.zeros(8, 3, 5), batch1, batch2)
addmm = torch.addmm(torch.zeros(3, 5), m1, m2)
einsum_mm = torch.einsum("ij,jk->ik", m1, m2)
einsum_bmm = torch.einsum("bij,bjk->bik", batch1, batch2)
einsum_trace = torch.einsum("ii", torch.randn(4, 4))
einsum_outer = torch.einsum("i,j->ij", v, torch.randn(3))
einsum_attention = torch.einsum("bhqd,bhkd->bhqk", torch.randn(2, 4, 5, 8), torch.randn(2, 4, 6, 8))
kron = torch.kron(torch.eye(2), torch.ones(2, 3))
cross = torch.linalg.cross(torch.randn(5, 3), torch.randn(5, 3))

square = torch.randn(4, 4)
spd = square @ square.T + 4 * torch.eye(4)
inverse = torch.linalg.inv(spd)
determinant = torch.linalg.det(spd)
chol = torch.linalg.cholesky(spd)
solution = torch.linalg.solve(spd, torch.randn(4, 2))
eigenvalues, eigenvectors = torch.linalg.eigh(spd)
U, S, Vh = torch.linalg.svd(torch.randn(5, 3), full_matrices=False)
Q, R = torch.linalg.qr(torch.randn(5, 3))
trace = torch.trace(square)
cosine = F.cosine_similarity(torch.randn(6, 8), torch.randn(6, 8), dim=1)
distances = torch.cdist(torch.randn(5, 3), torch.randn(7, 3))
normalized = F.normalize(torch.randn(6, 8), dim=-1)
