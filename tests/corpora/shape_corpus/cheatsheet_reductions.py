"""Cheat sheet: reductions with dim, dim lists and keepdim; sort/max/min/median and their named tuples."""

import torch

x = torch.randn(4, 5, 6)
total = x.sum()
sum0 = x.sum(dim=0)
sum_keep = x.sum(dim=1, keepdim=True)
sum_list = x.sum(dim=[0, 2])
sum_tuple_keep = torch.sum(x, dim=(1, 2), keepdim=True)
mean_all = x.mean()
mean_last = x.mean(-1)
mean_list = torch.mean(x, dim=[1, 2])
std = x.std(dim=0)
var_keep = x.var(dim=2, keepdim=True, unbiased=False)
prod = x.prod(dim=1)
amax = x.amax(dim=(0, 1))
amin_keep = torch.amin(x, dim=-1, keepdim=True)
logsumexp = torch.logsumexp(x, dim=2)
count = (x > 0).sum(dim=-1)
any_pos = (x > 2).any(dim=1)
all_pos = (x > -5).all()

max_all = x.max()
max_values, max_indices = x.max(dim=1)
max_result = x.max(dim=2, keepdim=True)
max_vals = max_result.values
max_idx = max_result.indices
min_values, min_indices = torch.min(x, dim=0)
median_values, median_indices = x.median(dim=-1)
median_all = x.median()
mode_values, mode_indices = torch.mode(torch.randint(0, 3, (4, 7)), dim=1)
kth = torch.kthvalue(x, 2, dim=1)
kth_values = kth.values
sorted_values, sorted_indices = torch.sort(x, dim=-1, descending=True)
sorted_result = x.sort(dim=0)
top = torch.topk(x, k=3, dim=-1)
top_values = top.values
top_indices = top[1]
argmax = x.argmax(dim=1)
argmax_flat = x.argmax()
argsort = x.argsort(dim=1)
pairwise_max = torch.maximum(x, torch.zeros(6))
unique_values = torch.unique(torch.tensor([3, 1, 2, 3, 1]))
unique_sorted, unique_counts = torch.unique(torch.tensor([3, 1, 2, 3, 1]), return_counts=True)

cumsum = x.cumsum(dim=1)
cumprod = torch.cumprod(x, dim=0)
cummax_values, cummax_indices = torch.cummax(x, dim=2)
diff = torch.diff(x, dim=-1)

vector = torch.tensor([3.0, 4.0])
l2 = vector.norm()
l1 = torch.norm(vector, p=1)
row_norms = x.norm(dim=-1)
row_norms_keep = torch.linalg.norm(x, dim=-1, keepdim=True)
vector_norm = torch.linalg.vector_norm(x, ord=2, dim=(1, 2))
matrix_norm = torch.linalg.matrix_norm(x)
frobenius = torch.linalg.norm(x[0])
