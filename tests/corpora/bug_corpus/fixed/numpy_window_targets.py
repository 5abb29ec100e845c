import numpy as np
import torch
import torch.nn as nn

corpus = "the quick brown fox jumps over the lazy dog " * 30
symbols = sorted(set(corpus))
index = {s: i for i, s in enumerate(symbols)}
tokens = np.array([index[s] for s in corpus], dtype=np.int64)
window, rows = 12, 8


def batch():
    starts = np.random.randint(0, len(tokens) - window - 1, size=rows)
    inputs = np.stack([tokens[s:s + window] for s in starts])
    targets = np.stack([tokens[s + 1:s + window + 1] for s in starts])
    return torch.from_numpy(inputs), torch.from_numpy(targets)


embed = nn.Embedding(len(symbols), 16)
head = nn.Linear(16, len(symbols))
x, y = batch()
logits = head(embed(x))
loss = nn.functional.cross_entropy(logits.reshape(-1, len(symbols)), y.reshape(-1))
