"""Seq2seq token code: embeddings, padding and causal masks, nn.Transformer layers, gather of log-probs, pad_sequence."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)

PAD_ID, BOS_ID, EOS_ID = 0, 1, 2
VOCAB_SIZE = 50
D_MODEL = 32


def make_causal_mask(size):
    return torch.triu(torch.ones(size, size), diagonal=1).bool()


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, max_len=64):
        super().__init__()
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, d_model)
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe.unsqueeze(0))

    def forward(self, x):
        return x + self.pe[:, : x.size(1)]


class Seq2Seq(nn.Module):
    def __init__(self, vocab_size=VOCAB_SIZE, d_model=D_MODEL, nhead=4):
        super().__init__()
        self.src_embed = nn.Embedding(vocab_size, d_model, padding_idx=PAD_ID)
        self.tgt_embed = nn.Embedding(vocab_size, d_model, padding_idx=PAD_ID)
        self.pos = PositionalEncoding(d_model)
        self.encoder_layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=64, batch_first=True)
        self.decoder_layer = nn.TransformerDecoderLayer(d_model, nhead, dim_feedforward=64, batch_first=True)
        self.generator = nn.Linear(d_model, vocab_size)

    def encode(self, src, src_padding_mask):
        src_emb = self.pos(self.src_embed(src) * math.sqrt(D_MODEL))
        memory = self.encoder_layer(src_emb, src_key_padding_mask=src_padding_mask)
        return memory

    def decode(self, tgt, memory, src_padding_mask):
        tgt_len = tgt.size(1)
        tgt_mask = make_causal_mask(tgt_len)
        tgt_padding_mask = tgt == PAD_ID
        tgt_emb = self.pos(self.tgt_embed(tgt) * math.sqrt(D_MODEL))
        out = self.decoder_layer(
            tgt_emb,
            memory,
            tgt_mask=tgt_mask,
            tgt_key_padding_mask=tgt_padding_mask,
            memory_key_padding_mask=src_padding_mask,
        )
        return self.generator(out)

    def forward(self, src, tgt):
        src_padding_mask = src == PAD_ID
        memory = self.encode(src, src_padding_mask)
        logits = self.decode(tgt, memory, src_padding_mask)
        return logits


# variable-length sequences padded into a batch
lengths = [7, 4, 9, 5]
sequences = [torch.randint(3, VOCAB_SIZE, (n,)) for n in lengths]
src = pad_sequence(sequences, batch_first=True, padding_value=PAD_ID)
src_mask = src != PAD_ID
src_lengths = src_mask.sum(dim=1)
max_len = src.size(1)
length_mask = torch.arange(max_len).unsqueeze(0) < src_lengths.unsqueeze(1)

target_body = torch.randint(3, VOCAB_SIZE, (4, 8))
target_body[2, 5:] = PAD_ID
bos = torch.full((4, 1), BOS_ID, dtype=torch.long)
decoder_input = torch.cat([bos, target_body[:, :-1]], dim=1)
decoder_target = target_body
padded_target = F.pad(decoder_target, (0, 2), value=PAD_ID)

model = Seq2Seq()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
logits = model(src, decoder_input)
flat_logits = logits.reshape(-1, VOCAB_SIZE)
flat_targets = decoder_target.reshape(-1)
loss = F.cross_entropy(flat_logits, flat_targets, ignore_index=PAD_ID, label_smoothing=0.1)
optimizer.zero_grad()
loss.backward()
optimizer.step()

# per-token log-likelihood by gathering log-probs at the target ids
log_probs = F.log_softmax(logits, dim=-1)
token_log_probs = log_probs.gather(-1, decoder_target.unsqueeze(-1)).squeeze(-1)
target_mask = decoder_target != PAD_ID
masked_log_probs = torch.where(target_mask, token_log_probs, torch.zeros_like(token_log_probs))
target_lengths = target_mask.sum(dim=1)
sequence_log_prob = masked_log_probs.sum(dim=1)
mean_nll = -(sequence_log_prob / target_lengths).mean()
token_preds = logits.argmax(dim=-1)
token_correct = (token_preds == decoder_target) & target_mask
token_accuracy = token_correct.sum().float() / target_mask.sum()

# hand-written attention with both masks applied through masked_fill
T = decoder_input.size(1)
query = model.tgt_embed(decoder_input)
scores = query @ query.transpose(-2, -1) / math.sqrt(D_MODEL)
causal = make_causal_mask(T)
scores = scores.masked_fill(causal, float("-inf"))
key_padding = (decoder_input == PAD_ID).unsqueeze(1)
scores = scores.masked_fill(key_padding, float("-inf"))
weights = torch.softmax(scores, dim=-1)
context = weights @ query

cross_scores = query @ model.src_embed(src).transpose(1, 2)
cross_scores = cross_scores.masked_fill(~src_mask[:, None, :], float("-inf"))
cross_weights = cross_scores.softmax(dim=-1)

# greedy decoding under no_grad
model.eval()
with torch.no_grad():
    memory = model.encode(src, src == PAD_ID)
    generated = torch.full((src.size(0), 1), BOS_ID, dtype=torch.long)
    for step in range(5):
        step_logits = model.decode(generated, memory, src == PAD_ID)
        next_token = step_logits[:, -1].argmax(dim=-1, keepdim=True)
        generated = torch.cat([generated, next_token], dim=1)
    finished = (generated == EOS_ID).any(dim=1)
    output_tokens = torch.where(generated == EOS_ID, torch.full_like(generated, PAD_ID), generated)
