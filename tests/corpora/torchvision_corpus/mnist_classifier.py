"""A digit classifier trained the way tutorials write it: MNIST read from a folder through a Compose of ToTensor
and Normalize, loaders built from keyword dicts, a CNN, a training and an evaluation loop."""

import argparse
import os

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


class DigitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, 1)
        self.conv2 = nn.Conv2d(16, 32, 3, 1)
        self.fc1 = nn.Linear(32 * 12 * 12, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.max_pool2d(x, 2)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        logits = self.fc2(x)
        return F.log_softmax(logits, dim=1)


def train_epoch(model, loader, optimizer):
    model.train()
    for batch_idx, (images, labels) in enumerate(loader):
        optimizer.zero_grad()
        scores = model(images)
        loss = F.nll_loss(scores, labels)
        loss.backward()
        optimizer.step()
        if batch_idx == 1:
            break


def evaluate(model, loader):
    model.eval()
    correct = 0
    with torch.no_grad():
        for images, labels in loader:
            scores = model(images)
            guesses = scores.argmax(dim=1, keepdim=True)
            correct += guesses.eq(labels.view_as(guesses)).sum().item()
    return correct


parser = argparse.ArgumentParser()
parser.add_argument("--batch-size", type=int, default=16)
parser.add_argument("--test-batch-size", type=int, default=32)
args = parser.parse_args()

root = os.environ.get("MNIST_ROOT", "../data")
pipeline = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
train_set = datasets.MNIST(root, train=True, download=False, transform=pipeline)
test_set = datasets.MNIST(root, train=False, transform=pipeline)
first_image, first_label = train_set[0]
train_loader = DataLoader(train_set, **{"batch_size": args.batch_size, "shuffle": True})
test_loader = DataLoader(test_set, batch_size=args.test_batch_size)
model = DigitNet()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
train_epoch(model, train_loader, optimizer)
hits = evaluate(model, test_loader)
