import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, n_in=20, hidden=32):
        super().__init__()
        self.fc1 = nn.Linear(n_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)

    def forward(self, x):
        h = F.relu(self.fc1(x))
        h = self.fc2(h)
        return h


class Classifier(nn.Module):
    def __init__(self, n_in=20, hidden=32, n_classes=5):
        super().__init__()
        self.encoder = Encoder(n_in, hidden)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        z = self.encoder(x)
        logits = self.head(z)
        return logits


def build(n_classes):
    return Classifier(20, 32, n_classes)
