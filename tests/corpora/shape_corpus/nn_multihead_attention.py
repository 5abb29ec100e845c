"""nn.MultiheadAttention in both layouts, with padding masks, plus a Transformer encoder layer."""

import torch
import torch.nn as nn

embed_dim, num_heads = 16, 4
seq_len, batch_size = 7, 3

mha = nn.MultiheadAttention(embed_dim, num_heads)
query = torch.randn(seq_len, batch_size, embed_dim)
key = torch.randn(seq_len + 2, batch_size, embed_dim)
value = torch.randn(seq_len + 2, batch_size, embed_dim)
attn_output, attn_weights = mha(query, key, value)

mha_bf = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)
x = torch.randn(batch_size, seq_len, embed_dim)
padding_mask = torch.zeros(batch_size, seq_len, dtype=torch.bool)
padding_mask[:, -2:] = True
self_out, self_weights = mha_bf(x, x, x, key_padding_mask=padding_mask)
per_head_out, per_head_weights = mha_bf(x, x, x, average_attn_weights=False)
no_weights_out, nothing = mha_bf(x, x, x, need_weights=False)

cross = nn.MultiheadAttention(embed_dim, num_heads, kdim=8, vdim=12, batch_first=True)
memory_k = torch.randn(batch_size, 5, 8)
memory_v = torch.randn(batch_size, 5, 12)
cross_out, cross_weights = cross(x, memory_k, memory_v)

attn_mask = torch.triu(torch.ones(seq_len, seq_len, dtype=torch.bool), diagonal=1)
causal_out, causal_weights = mha_bf(x, x, x, attn_mask=attn_mask)

encoder_layer = nn.TransformerEncoderLayer(d_model=embed_dim, nhead=num_heads, dim_feedforward=32,
                                           batch_first=True)
encoded = encoder_layer(x)
encoder = nn.TransformerEncoder(encoder_layer, num_layers=2)
encoded_stack = encoder(x, src_key_padding_mask=padding_mask)
pooled = encoded_stack.mean(dim=1)
