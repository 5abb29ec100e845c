"""A Kim-style text CNN: embeddings, Conv1d with several kernel sizes, max over time, concatenation."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size=200, embed_dim=16, num_filters=8, kernel_sizes=(2, 3, 4), num_classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in kernel_sizes])
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, tokens):
        emb = self.embedding(tokens)
        emb = emb.permute(0, 2, 1)
        conved = [F.relu(conv(emb)) for conv in self.convs]
        pooled = [F.max_pool1d(c, c.shape[2]).squeeze(2) for c in conved]
        cat = torch.cat(pooled, dim=1)
        return self.fc(cat)


model = TextCNN()
tokens = torch.randint(0, 200, (5, 20))
logits = model(tokens)
predictions = logits.argmax(1)

embedding = nn.Embedding(200, 16)
embedded = embedding(tokens)
channels_first = embedded.transpose(1, 2)
conv = nn.Conv1d(16, 8, kernel_size=3, padding=1)
feature_maps = conv(channels_first)
max_over_time, argmax_positions = feature_maps.max(dim=2)
avg_pooled = nn.AdaptiveAvgPool1d(1)(feature_maps).squeeze(-1)
bag = nn.EmbeddingBag(200, 16, mode="mean")
bagged = bag(tokens)
