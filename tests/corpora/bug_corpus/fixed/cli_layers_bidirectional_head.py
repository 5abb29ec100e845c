import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=24)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.2)
args, _ = parser.parse_known_args()

tokens = torch.randint(0, 50, (9, 4))
embed = nn.Embedding(50, 16)
drop = nn.Dropout(args.dropout)
rnn = nn.GRU(16, args.hidden, args.layers, bidirectional=True)
decoder = nn.Linear(2 * args.hidden, 50)
outputs, state = rnn(drop(embed(tokens)))
logits = decoder(drop(outputs))
