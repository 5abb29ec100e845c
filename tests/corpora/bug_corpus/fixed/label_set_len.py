import torch
import torch.nn.functional as F
from torch import nn


class LabelSet:
    def __init__(self, names):
        self.names = sorted(set(names))

    def __len__(self):
        return len(self.names)

    def index(self, name):
        return self.names.index(name)


INTENTS = ["greet", "bye", "order", "cancel", "greet", "refund", "order"]
labels = LabelSet(INTENTS)
encoder = nn.Sequential(nn.Linear(20, 32), nn.ReLU())
head = nn.Linear(32, len(labels))
logits = head(encoder(torch.randn(4, 20)))
targets = torch.zeros(4, len(labels))
targets[:, labels.index("order")] = 1.0
loss = F.binary_cross_entropy_with_logits(logits, targets)
