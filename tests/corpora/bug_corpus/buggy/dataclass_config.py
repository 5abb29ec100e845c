from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class Config:
    vocab_size: int = 100
    n_embd: int = 768


cfg = Config(n_embd=32)
embed = nn.Embedding(cfg.vocab_size, cfg.n_embd)
head = nn.Linear(768, cfg.vocab_size)
tokens = torch.randint(0, cfg.vocab_size, (4, 16))
logits = head(embed(tokens))
