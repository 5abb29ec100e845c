import torch
from torch import nn
emb = nn.Embedding(100, 16)
tokens = torch.randint(0, 100, (4, 12)).float()
vectors = emb(tokens.long())
