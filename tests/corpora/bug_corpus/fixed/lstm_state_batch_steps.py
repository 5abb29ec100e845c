import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Tagger(nn.Module):
    def __init__(self, vocab: int, embed: int, hidden: int, tags: int):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed)
        self.context = nn.Linear(6, hidden)
        self.rnn = nn.GRU(embed, hidden, batch_first=True)
        self.head = nn.Linear(hidden, tags)

    def forward(self, tokens, context):
        start = torch.tanh(self.context(context)).unsqueeze(0)
        states, _ = self.rnn(self.embed(tokens), start)
        return self.head(states)


count = int(os.environ.get("SENTENCES", "30"))
sentences = torch.randint(0, 40, (count, 9))
contexts = torch.randn(count, 6)
loader = DataLoader(TensorDataset(sentences, contexts), batch_size=8, shuffle=True)
model = Tagger(40, 16, 32, 5)
for tokens, context in loader:
    scores = model(tokens, context)
