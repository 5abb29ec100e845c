import numpy as np
import torch
from torch import nn

sentences = ["a small test", "one more test"]
vocab = {"<pad>": 0}
for i, w in enumerate(sorted(set(" ".join(sentences).split()))):
    vocab[w] = i + 1


def sinusoids(n, d):
    grid = np.array([[p / np.power(10000, 2 * (j // 2) / d) for j in range(d)] for p in range(n)])
    grid[:, 0::2] = np.sin(grid[:, 0::2])
    return torch.FloatTensor(grid)


ids = torch.LongTensor([[vocab[w] for w in s.split()] for s in sentences])
emb = nn.Embedding(len(vocab), 24)(ids)
pos = sinusoids(10, 12)
x = emb + pos[: ids.size(1)]
