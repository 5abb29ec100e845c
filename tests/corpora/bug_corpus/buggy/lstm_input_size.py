import torch
from torch import nn
lstm = nn.LSTM(input_size=10, hidden_size=20, batch_first=True)
seq = torch.randn(4, 7, 12)
out, (h, c) = lstm(seq)
