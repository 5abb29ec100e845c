import os

import torch
from torch import nn

batch = int(os.environ.get("BATCH", "6"))
steps = int(os.environ.get("STEPS", "9"))

encoder = nn.LSTM(12, 20, batch_first=True, bidirectional=True)
head = nn.Linear(2 * 20, 4)
words = torch.randn(batch, steps, 12)
outputs, (h_n, c_n) = encoder(words)
tags = head(outputs)
