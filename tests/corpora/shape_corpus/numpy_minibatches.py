"""Minibatches drawn from numpy arrays by random row indices (`images[rows]` with `rows` from np.random.randint),
one-hot labels picked from `np.eye(k, dtype=...)` by class indices and turned back with argmax(axis=1), a column
pick by an index array, a replay buffer of arrays made with `np.zeros(shape=...)`, and a plain-tensor model
trained on them through torch.from_numpy and Tensor.new_tensor."""

import numpy as np
import torch
import torch.nn.functional as F

np.random.seed(0)
torch.manual_seed(0)


class Pool:
    def __init__(self, n, width, classes):
        self.images = np.random.rand(n, width).astype(np.float32)
        self.labels = np.eye(classes, dtype=np.float32)[np.random.randint(0, classes, n)]
        self.codes = np.eye(classes, classes + 2, k=1)[np.arange(classes)]

    def next_batch(self, size):
        rows = np.random.randint(0, len(self.images), size)
        return self.images[rows], self.labels[rows]


pool = Pool(200, 36, 4)
width = pool.images.shape[1]
classes = pool.labels.shape[1]
W = torch.randn(width, 16, requires_grad=True)
V = torch.randn(16, classes, requires_grad=True)

for step in range(2):
    batch, onehot = pool.next_batch(24)
    x = torch.from_numpy(batch)
    target = torch.from_numpy(onehot)
    hidden = F.relu(x @ W)
    logits = hidden @ V
    loss = F.binary_cross_entropy_with_logits(logits, target)
    labels = torch.from_numpy(onehot.argmax(axis=1).astype("int"))
    ce = F.cross_entropy(logits, labels)

columns = pool.images[:, np.array([0, 3, 5], dtype=np.int32)]
first_columns = torch.from_numpy(columns)
small = np.random.randint(0, 4, 7).astype(np.int8)
codes = torch.from_numpy(pool.codes[small])
weakest = torch.from_numpy(pool.images.argmin(1, keepdims=True))

replay = {"obs": np.zeros(shape=(50, 3, 5), dtype=np.uint8), "reward": np.zeros(shape=50, dtype=np.float32)}
indexes = np.zeros(shape=12, dtype=np.int32)
drawn = {key: array[indexes] for key, array in replay.items()}
observations = torch.tensor(drawn["obs"], dtype=torch.float32) / 255.0
rewards = torch.from_numpy(drawn["reward"])
discounts = observations.new_tensor(drawn["reward"])
taken = rewards.new_tensor(indexes, dtype=torch.long)
