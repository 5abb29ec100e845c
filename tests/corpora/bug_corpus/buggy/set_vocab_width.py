import torch
from torch import nn

text = "a cat sat on a mat"
words = list(set(text.split()))
index = {w: i for i, w in enumerate(words)}
one_hot = torch.eye(len(index))[[index[w] for w in "a cat".split()]]
head = nn.Linear(len(text.split()), 3)
scores = head(one_hot)
