"""A word-level language model trained with truncated backpropagation through time, its sizes and its kind of
recurrent cell read from the command line: the vocabulary counted from a text file, the token stream cut into
`batch` columns, windows of `bptt` rows (shorter at the end), a cell named by a string option (an LSTM or a GRU
looked up on `nn` by name, else an Elman RNN whose nonlinearity a dict gives), a number of layers that is an
option too, dropout at a rate that is one, and hidden states carried from batch to batch after a recursive
detach."""

import argparse
import os
import random
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

parser = argparse.ArgumentParser(description="word language model")
parser.add_argument("--cell", type=str, default="GRU", help="LSTM, GRU, RNN_TANH or RNN_RELU")
parser.add_argument("--embed", type=int, default=20)
parser.add_argument("--hidden", type=int, default=24)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.3)
parser.add_argument("--batch", type=int, default=4)
parser.add_argument("--bptt", type=int, default=7)
args = parser.parse_args()

random.seed(0)
torch.manual_seed(0)
words = ["the", "cat", "sat", "on", "a", "mat", "and", "dog", "ran", "far", "away", "home"]
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "train.txt"), "w") as f:
    for _ in range(30):
        f.write(" ".join(random.choice(words) for _ in range(random.randint(3, 9))) + "\n")


class Vocabulary:
    def __init__(self):
        self.index = {}
        self.words = []

    def add(self, word):
        if word not in self.index:
            self.words.append(word)
            self.index[word] = len(self.words) - 1
        return self.index[word]

    def __len__(self):
        return len(self.words)


def tokenize(path, vocabulary):
    lines = []
    with open(path) as f:
        for line in f:
            ids = [vocabulary.add(word) for word in line.split() + ["<eos>"]]
            lines.append(torch.tensor(ids, dtype=torch.int64))
    return torch.cat(lines)


def columns(stream, batch):
    rows = stream.size(0) // batch
    stream = stream.narrow(0, 0, rows * batch)
    return stream.view(batch, -1).t().contiguous()


class WordModel(nn.Module):
    def __init__(self, cell, tokens, embed, hidden, layers, dropout=0.5):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(tokens, embed)
        if cell in ["LSTM", "GRU"]:
            self.rnn = getattr(nn, cell)(embed, hidden, layers, dropout=dropout)
        else:
            nonlinearity = {"RNN_TANH": "tanh", "RNN_RELU": "relu"}[cell]
            self.rnn = nn.RNN(embed, hidden, layers, nonlinearity=nonlinearity, dropout=dropout)
        self.decoder = nn.Linear(hidden, tokens)
        self.cell = cell
        self.hidden = hidden
        self.layers = layers
        self.tokens = tokens

    def forward(self, batch, state):
        embedded = self.drop(self.encoder(batch))
        outputs, state = self.rnn(embedded, state)
        outputs = self.drop(outputs)
        logits = self.decoder(outputs)
        return F.log_softmax(logits.view(-1, self.tokens), dim=1), state

    def first_state(self, batch):
        weight = next(self.parameters())
        if self.cell == "LSTM":
            return (weight.new_zeros(self.layers, batch, self.hidden), weight.new_zeros(self.layers, batch, self.hidden))
        return weight.new_zeros(self.layers, batch, self.hidden)


def detached(state):
    if isinstance(state, torch.Tensor):
        return state.detach()
    return tuple(detached(part) for part in state)


def window(source, start):
    length = min(args.bptt, len(source) - 1 - start)
    inputs = source[start : start + length]
    targets = source[start + 1 : start + 1 + length].view(-1)
    return inputs, targets


vocabulary = Vocabulary()
stream = tokenize(os.path.join(folder, "train.txt"), vocabulary)
train = columns(stream, args.batch)
model = WordModel(args.cell, len(vocabulary), args.embed, args.hidden, args.layers, args.dropout)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
criterion = nn.NLLLoss()

model.train()
state = model.first_state(args.batch)
for step, start in enumerate(range(0, train.size(0) - 1, args.bptt)):
    inputs, targets = window(train, start)
    state = detached(state)
    model.zero_grad()
    log_probs, state = model(inputs, state)
    loss = criterion(log_probs, targets)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.25)
    optimizer.step()
