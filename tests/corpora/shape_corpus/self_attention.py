"""Multi-head self-attention written by hand: projections, heads, scaled dot products, a causal mask."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiHeadSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads, dropout=0.0):
        super().__init__()
        assert embed_dim % num_heads == 0
        self.num_heads = num_heads
        self.head_dim = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.out_proj = nn.Linear(embed_dim, embed_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask=None):
        batch_size, seq_len, embed_dim = x.shape
        q = self.q_proj(x)
        k = self.k_proj(x)
        v = self.v_proj(x)
        q = q.view(batch_size, seq_len, self.num_heads, self.head_dim).transpose(1, 2)
        k = k.view(batch_size, seq_len, self.num_heads, self.head_dim).transpose(1, 2)
        v = v.view(batch_size, seq_len, self.num_heads, self.head_dim).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(self.head_dim)
        if mask is not None:
            scores = scores.masked_fill(mask == 0, float("-inf"))
        weights = F.softmax(scores, dim=-1)
        weights = self.dropout(weights)
        context = torch.matmul(weights, v)
        context = context.transpose(1, 2).contiguous().view(batch_size, seq_len, embed_dim)
        return self.out_proj(context), weights


batch, seq, dim, heads = 2, 10, 32, 4
tokens = torch.randn(batch, seq, dim)
attention = MultiHeadSelfAttention(dim, heads)
out, attn = attention(tokens)

causal = torch.tril(torch.ones(seq, seq))
causal_mask = causal.view(1, 1, seq, seq)
masked_out, masked_attn = attention(tokens, mask=causal_mask)

# the same computation, inline, with a fused qkv projection
qkv_proj = nn.Linear(dim, 3 * dim)
qkv = qkv_proj(tokens)
q, k, v = qkv.chunk(3, dim=-1)
q = q.reshape(batch, seq, heads, dim // heads).permute(0, 2, 1, 3)
k = k.reshape(batch, seq, heads, dim // heads).permute(0, 2, 1, 3)
v = v.reshape(batch, seq, heads, dim // heads).permute(0, 2, 1, 3)
att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
att = att.softmax(dim=-1)
y = att @ v
y = y.transpose(1, 2).reshape(batch, seq, dim)
fused = F.scaled_dot_product_attention(q, k, v, is_causal=True)


# a causal mask kept as a buffer and cut to the lengths of the scores (GPT-2's `bias[:, :, ns - nd:ns, :ns]`), over
# prompts of lengths that differ from call to call
class CachedMask(nn.Module):
    def __init__(self, n_ctx):
        super().__init__()
        self.register_buffer("bias", torch.tril(torch.ones(n_ctx, n_ctx)).view(1, 1, n_ctx, n_ctx))

    def forward(self, w):
        nd, ns = w.size(-2), w.size(-1)
        cut = self.bias[:, :, ns - nd : ns, :ns]
        return w * cut - 1e10 * (1 - cut)


mask_layer = CachedMask(16)
if torch.rand(()) < 0.5:
    prompt_scores = torch.randn(batch, heads, 5, 5)
else:
    prompt_scores = torch.randn(batch, heads, 7, 7)
masked_prompt = mask_layer(prompt_scores)
