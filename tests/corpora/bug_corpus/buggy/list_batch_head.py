import random

import torch
import torch.nn as nn

random.seed(0)
sentences = [[5, 6, 7], [8, 9], [10, 11, 12, 13]]
batch = []
while len(batch) < 4:
    tokens = sentences[random.randrange(len(sentences))]
    ids = [1] + tokens + [2]
    ids.extend([0] * (8 - len(ids)))
    batch.append([ids, random.random() < 0.5])
ids, labels = map(torch.LongTensor, zip(*batch))
embed = nn.Embedding(16, 8)
head = nn.Linear(16, 2)
pooled = embed(ids).mean(dim=1)
logits = head(pooled)
loss = nn.functional.cross_entropy(logits, labels)
