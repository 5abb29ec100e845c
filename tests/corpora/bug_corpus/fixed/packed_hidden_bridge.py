import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
lengths = [6, 5, 5, 2]
tokens = torch.randint(1, 30, (6, len(lengths)))
embedded = nn.Embedding(30, 8)(tokens)
encoder = nn.GRU(8, 16, bidirectional=True)
outputs, h_n = encoder(pack_padded_sequence(embedded, lengths))
memory, _ = pad_packed_sequence(outputs)
bridge = nn.Linear(32, 16)
start = torch.tanh(bridge(torch.cat((h_n[-2], h_n[-1]), dim=1)))
decoder = nn.GRUCell(8, 16)
state = decoder(embedded[0], start)
