"""MNIST-style CNN: data split, two loaders, a training loop with evaluation and accuracy."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset, random_split

device = torch.device("cpu")

images = torch.randn(600, 1, 28, 28)
labels = torch.randint(0, 10, (600,))
dataset = TensorDataset(images, labels)
train_set, val_set = random_split(dataset, [480, 120])
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, drop_last=True)
val_loader = DataLoader(val_set, batch_size=64, shuffle=False)


class ConvNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(32 * 7 * 7, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = x.view(x.size(0), -1)
        hidden = F.relu(self.fc1(x))
        logits = self.fc2(hidden)
        return logits


model = ConvNet().to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
criterion = nn.CrossEntropyLoss()

sample = images[:4]
sample_logits = model(sample)
sample_probs = F.softmax(sample_logits, dim=-1)

for epoch in range(1):
    model.train()
    running_loss = 0.0
    for batch_idx, (xb, yb) in enumerate(train_loader):
        xb = xb.to(device)
        yb = yb.to(device)
        optimizer.zero_grad()
        output = model(xb)
        loss = criterion(output, yb)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()

    model.eval()
    correct = 0
    total = 0
    with torch.no_grad():
        for xb, yb in val_loader:
            scores = model(xb)
            preds = scores.argmax(dim=1)
            hits = (preds == yb).sum()
            correct += hits.item()
            total += yb.size(0)
    accuracy = correct / total

first_images, first_labels = next(iter(val_loader))
one_hot = F.one_hot(first_labels, num_classes=10)
