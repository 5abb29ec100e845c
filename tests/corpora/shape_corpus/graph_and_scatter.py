"""A dense graph neural network: edge_index gathers, index_add_/scatter_add_, degree norm, GCN, pooling."""

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# Two small graphs packed into one batch: nodes 0-5 belong to graph 0, nodes 6-9 to graph 1.
num_nodes = 10
num_features = 6
hidden_dim = 16
num_classes = 3

x = torch.randn(num_nodes, num_features)
edge_index = torch.tensor(
    [
        [0, 1, 1, 2, 3, 4, 5, 0, 6, 7, 7, 8, 9, 6],
        [1, 0, 2, 1, 4, 3, 0, 5, 7, 6, 8, 7, 6, 9],
    ]
)
batch = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
graph_labels = torch.tensor([2, 0])
num_graphs = int(batch.max()) + 1

src, dst = edge_index
num_edges = edge_index.size(1)

# Plain message passing: each edge carries its source node's features to its destination.
messages = x[edge_index[0]]
aggregated = torch.zeros(num_nodes, num_features)
aggregated.index_add_(0, dst, messages)

deg = torch.bincount(dst, minlength=num_nodes)
deg_float = deg.float()
mean_aggregated = aggregated / deg_float.clamp(min=1).unsqueeze(-1)

# The same sum with scatter_add_, which needs the index expanded to the message shape.
index_expanded = dst.unsqueeze(-1).expand(-1, num_features)
scattered = torch.zeros(num_nodes, num_features).scatter_add_(0, index_expanded, messages)
same_sum = torch.allclose(scattered, aggregated)

# Symmetric normalisation D^-1/2 A D^-1/2 with self loops, computed per edge.
self_loops = torch.arange(num_nodes).unsqueeze(0).repeat(2, 1)
edge_index_sl = torch.cat([edge_index, self_loops], dim=1)
row, col = edge_index_sl[0], edge_index_sl[1]
deg_sl = torch.bincount(col, minlength=num_nodes).float()
deg_inv_sqrt = deg_sl.pow(-0.5)
deg_inv_sqrt[torch.isinf(deg_inv_sqrt)] = 0.0
edge_weight = deg_inv_sqrt[row] * deg_inv_sqrt[col]

# A dense adjacency matrix for comparison (no sparse tensors).
adjacency = torch.zeros(num_nodes, num_nodes)
adjacency[edge_index[1], edge_index[0]] = 1.0
adjacency_sl = adjacency + torch.eye(num_nodes)
d_hat = adjacency_sl.sum(dim=1).pow(-0.5)
norm_adjacency = d_hat.unsqueeze(1) * adjacency_sl * d_hat.unsqueeze(0)
dense_propagated = norm_adjacency @ x


class GCNLayer(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.linear = nn.Linear(in_channels, out_channels)

    def forward(self, h, edge_index, edge_weight):
        h = self.linear(h)
        source, target = edge_index
        msg = h[source] * edge_weight.unsqueeze(-1)
        out = torch.zeros(h.size(0), h.size(1), dtype=h.dtype)
        out = out.index_add(0, target, msg)
        return out


class GCN(nn.Module):
    def __init__(self, in_channels, hidden_channels, out_channels, dropout=0.5):
        super().__init__()
        self.conv1 = GCNLayer(in_channels, hidden_channels)
        self.conv2 = GCNLayer(hidden_channels, hidden_channels)
        self.classifier = nn.Linear(hidden_channels, out_channels)
        self.dropout = dropout

    def forward(self, x, edge_index, edge_weight, batch, num_graphs):
        h = F.relu(self.conv1(x, edge_index, edge_weight))
        h = F.dropout(h, p=self.dropout, training=self.training)
        h = F.relu(self.conv2(h, edge_index, edge_weight))
        pooled = global_mean_pool(h, batch, num_graphs)
        logits = self.classifier(pooled)
        return logits, h


def global_mean_pool(h, batch, num_graphs):
    summed = torch.zeros(num_graphs, h.size(-1)).index_add_(0, batch, h)
    counts = torch.bincount(batch, minlength=num_graphs).clamp(min=1)
    return summed / counts.unsqueeze(-1).to(h.dtype)


model = GCN(num_features, hidden_dim, num_classes)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)

for epoch in range(3):
    model.train()
    logits, node_embeddings = model(x, edge_index_sl, edge_weight, batch, num_graphs)
    loss = F.cross_entropy(logits, graph_labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

model.eval()
with torch.no_grad():
    eval_logits, eval_embeddings = model(x, edge_index_sl, edge_weight, batch, num_graphs)
    probs = eval_logits.softmax(dim=-1)
    predicted = probs.argmax(dim=-1)
    accuracy = (predicted == graph_labels).float().mean()

    # Node-level readout: max pooling per graph with scatter_reduce, and link scores per edge.
    max_pooled = torch.full((num_graphs, hidden_dim), float("-inf")).scatter_reduce(
        0, batch.unsqueeze(-1).expand(-1, hidden_dim), eval_embeddings, reduce="amax"
    )
    edge_scores = (eval_embeddings[src] * eval_embeddings[dst]).sum(dim=-1)
    edge_probs = torch.sigmoid(edge_scores)
    link_loss = F.binary_cross_entropy(edge_probs, torch.ones(num_edges))
    nodes_per_graph = torch.bincount(batch)
    graph_embeddings = torch.cat([global_mean_pool(eval_embeddings, batch, num_graphs), max_pooled], dim=-1)
