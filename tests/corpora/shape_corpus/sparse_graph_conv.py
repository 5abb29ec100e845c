"""A graph convolution over a sparse adjacency matrix (COO, coalesced), as graph networks keep their edges."""

import torch
import torch.nn.functional as F
from torch import nn

nodes = 12
edges = torch.randint(0, nodes, (2, 40))
weights = torch.rand(40)
adjacency = torch.sparse_coo_tensor(edges, weights, (nodes, nodes)).coalesce()
identity = torch.sparse_coo_tensor(torch.arange(nodes).repeat(2, 1), torch.ones(nodes), (nodes, nodes))
self_loops = (adjacency + identity).coalesce()


class GraphLayer(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.linear = nn.Linear(inputs, outputs)

    def forward(self, features, graph):
        projected = self.linear(features)
        mixed = torch.spmm(graph, projected)
        return F.relu(mixed)


features = torch.randn(nodes, 7)
first = GraphLayer(7, 16)
second = GraphLayer(16, 3)
hidden = first(features, self_loops)
scores = second(hidden, self_loops)
dense = self_loops.to_dense()
loss = F.cross_entropy(scores, torch.randint(0, 3, (nodes,)))
