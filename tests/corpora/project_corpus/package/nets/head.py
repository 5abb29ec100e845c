import torch.nn as nn


class Head(nn.Module):
    def __init__(self, channels, n_classes):
        super().__init__()
        self.fc = nn.Linear(channels, n_classes)

    def forward(self, feats):
        pooled = feats.mean(dim=(2, 3))
        out = self.fc(pooled)
        return out
