import torch
from torch import nn

nodes = 10
edges = torch.randint(0, nodes, (2, 30))
adjacency = torch.sparse_coo_tensor(edges, torch.ones(30), (nodes, nodes)).coalesce()
features = torch.randn(nodes, 5)
encoder = nn.Linear(5, 8)
hidden = torch.spmm(adjacency, encoder(features).t())
