"""A detector whose forward takes (images, targets) while training and images alone in eval mode."""

import torch
import torch.nn.functional as F
from torch import nn


class Head(nn.Module):
    def __init__(self, channels, classes):
        super().__init__()
        self.conv = nn.Conv2d(channels, 16, kernel_size=3, padding=1)
        self.score = nn.Conv2d(16, classes, kernel_size=1)
        self.drop = nn.Dropout2d(0.1)

    def forward(self, features):
        hidden = F.relu(self.conv(features))
        if self.training:
            hidden = self.drop(hidden)
        logits = self.score(hidden)
        return logits.flatten(2).transpose(1, 2)


class Detector(nn.Module):
    def __init__(self, classes=5):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, kernel_size=3, stride=2, padding=1)
        self.head = Head(8, classes)

    def forward(self, batch):
        if self.training:
            images, labels = batch
        else:
            images = batch
        features = F.relu(self.stem(images))
        scores = self.head(features)
        if self.training:
            flat = scores.reshape(-1, scores.shape[-1])
            targets = labels.repeat_interleave(scores.shape[1])
            return F.cross_entropy(flat, targets)
        return scores.softmax(-1)


detector = Detector()
detector.train()
images = torch.randn(2, 3, 16, 16)
labels = torch.randint(0, 5, (2,))
loss = detector([images, labels])
loss.backward()

detector.eval()
with torch.no_grad():
    probabilities = detector(torch.randn(3, 3, 8, 8))
best = probabilities.argmax(-1)

detector.train(False)
again = detector(torch.randn(1, 3, 8, 8))
