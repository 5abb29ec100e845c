"""Recurrent layers whose sizes come from the command line: a character model whose GRU width and batch are
options, a bidirectional batch-first LSTM tagger with a projection, an Elman RNN over an unbatched sequence, an
LSTMCell and a GRUCell stepped over time, first hidden states made with torch.zeros from the same options, and
one projection head per `range(args.heads)`, concatenated and stacked."""

import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

parser = argparse.ArgumentParser(description="recurrent toys")
parser.add_argument("--hidden", type=int, default=24)
parser.add_argument("--embed", type=int, default=12)
parser.add_argument("--batch", type=int, default=6)
parser.add_argument("--steps", type=int, default=9)
parser.add_argument("--heads", type=int, default=3)
args = parser.parse_args()

torch.manual_seed(0)
vocab = 40


class CharModel(nn.Module):
    def __init__(self, vocab, embed, hidden, layers=2):
        super().__init__()
        self.layers = layers
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, embed)
        self.gru = nn.GRU(embed, hidden, layers)
        self.out = nn.Linear(hidden, vocab)

    def init_hidden(self, batch):
        return torch.zeros(self.layers, batch, self.hidden)

    def forward(self, tokens, state):
        embedded = self.embed(tokens)
        outputs, state = self.gru(embedded, state)
        logits = self.out(outputs)
        return logits, state


model = CharModel(vocab, args.embed, args.hidden)
tokens = torch.randint(0, vocab, (args.steps, args.batch))
state = model.init_hidden(args.batch)
logits, state = model(tokens, state)
loss = F.cross_entropy(logits.view(-1, vocab), torch.randint(0, vocab, (args.steps * args.batch,)))

tagger = nn.LSTM(args.embed, args.hidden, batch_first=True, bidirectional=True, proj_size=5)
words = torch.randn(args.batch, args.steps, args.embed)
tagged, (h_n, c_n) = tagger(words)
last_forward = h_n[-2]
both = torch.cat((h_n[-2], h_n[-1]), dim=1)

elman = nn.RNN(args.embed, args.hidden, num_layers=3, nonlinearity="relu")
sequence = torch.randn(args.steps, args.embed)
seq_out, seq_state = elman(sequence)

lstm_cell = nn.LSTMCell(args.embed, args.hidden)
gru_cell = nn.GRUCell(args.hidden, args.hidden)
h = torch.zeros(args.batch, args.hidden)
c = torch.zeros(args.batch, args.hidden)
for step in range(3):
    h, c = lstm_cell(words[:, step], (h, c))
    g = gru_cell(h)
summary = torch.stack([h, g], dim=1)
head_projections = [nn.Linear(args.hidden, args.embed) for _ in range(args.heads)]
head_outputs = [projection(h) for projection in head_projections]
all_heads = torch.cat(head_outputs, dim=1)
stacked_heads = torch.stack(head_outputs)
