import torch
import torch.nn as nn

embed = nn.Embedding(50, 32)
attention = nn.MultiheadAttention(32, 4)
tokens = torch.randint(0, 50, (12, 3))
x = embed(tokens)
mask = nn.Transformer.generate_square_subsequent_mask(tokens.size(0))
out, weights = attention(x, x, x, attn_mask=mask)
