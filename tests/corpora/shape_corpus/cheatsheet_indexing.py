"""Cheat sheet: indexing, slicing, masking, gathering and reshaping views."""

import torch

x = torch.arange(24, dtype=torch.float32).reshape(4, 6)
first_row = x[0]
first_col = x[:, 0]
first_three = x[:, :3]
last_two_rows = x[-2:]
every_other = x[::2, 1::2]
element = x[1, 2]
with_axis = x[..., None]
new_front = x[None]
new_mid = x[:, None, :]
none_none = x[None, :, None]
ellipsis_last = x[..., -1]
row_list = x[[0, 2]]
fancy = x[torch.tensor([0, 1, 3])]
pairs = x[torch.tensor([0, 1]), torch.tensor([2, 3])]
mask = x > 10
selected = x[mask]
masked = torch.masked_select(x, mask)
filled = x.masked_fill(mask, 0.0)
where = torch.where(mask, x, torch.zeros_like(x))
nonzero = torch.nonzero(mask)
index = torch.tensor([[0, 1], [2, 3], [4, 5], [0, 0]])
gathered = torch.gather(x, 1, index)
selected_cols = torch.index_select(x, 1, torch.tensor([0, 5]))
scattered = torch.zeros(4, 6).scatter(1, index, 1.0)
narrowed = x.narrow(1, 2, 3)
unbound = x.unbind(0)
row0, row1, row2, row3 = unbound

cube = torch.randn(2, 3, 4)
flat = cube.view(-1)
flat_reshape = cube.reshape(-1)
two_d = cube.view(2, -1)
reshaped = cube.reshape(6, 4)
flattened = torch.flatten(cube)
flattened_1 = cube.flatten(1)
flattened_mid = cube.flatten(start_dim=0, end_dim=1)
unflattened = flattened_1.unflatten(1, (3, 4))
view_as = torch.zeros(24).view_as(cube)
cube_slice = cube[:, 1:, ::2]
cube_last = cube[..., 0]
cube_neg = cube[-1, -1]
x[0, 0] = 100.0
x[:, 1] += 1.0
