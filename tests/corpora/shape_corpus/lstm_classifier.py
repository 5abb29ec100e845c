"""A bidirectional LSTM text classifier: embeddings, packed-free batches, last hidden states."""

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

vocab_size, embed_dim, hidden_dim, num_classes = 100, 24, 32, 4
batch_size, seq_len = 8, 12


class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=2, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(2 * hidden_dim, num_classes)

    def forward(self, tokens):
        embedded = self.embedding(tokens)
        out, (h, c) = self.lstm(embedded)
        last_forward = h[-2]
        last_backward = h[-1]
        features = torch.cat([last_forward, last_backward], dim=1)
        features = self.dropout(features)
        return self.fc(features)


tokens = torch.randint(1, vocab_size, (batch_size, seq_len))
model = LSTMClassifier()
logits = model(tokens)

# the same LSTM used directly, with an initial state
lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=2, batch_first=True, bidirectional=True)
inputs = torch.randn(batch_size, seq_len, embed_dim)
h0 = torch.zeros(2 * 2, batch_size, hidden_dim)
c0 = torch.zeros(2 * 2, batch_size, hidden_dim)
out, (h, c) = lstm(inputs, (h0, c0))
mean_over_time = out.mean(dim=1)
last_step = out[:, -1, :]

# a single-layer, sequence-first LSTM
lstm_seq_first = nn.LSTM(input_size=10, hidden_size=20)
seq_first = torch.randn(5, 3, 10)
output, (hn, cn) = lstm_seq_first(seq_first)

# an LSTMCell unrolled by hand
cell = nn.LSTMCell(10, 20)
hx = torch.zeros(3, 20)
cx = torch.zeros(3, 20)
steps = []
for t in range(seq_first.size(0)):
    hx, cx = cell(seq_first[t], (hx, cx))
    steps.append(hx)
stacked_steps = torch.stack(steps, dim=0)

# train for a few batches
data = TensorDataset(torch.randint(1, vocab_size, (40, seq_len)), torch.randint(0, num_classes, (40,)))
loader = DataLoader(data, batch_size=batch_size)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
for batch_tokens, batch_labels in loader:
    scores = model(batch_tokens)
    loss = loss_fn(scores, batch_labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
