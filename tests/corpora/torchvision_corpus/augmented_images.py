"""Image pipelines with augmentation: torchvision's FakeData through crops, resizes, flips, grayscale and
normalisation, batched by a DataLoader into a small convolutional network; a dataset chosen by a command-line
option and resized to a size read from it."""

import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision import transforms as T

augment = T.Compose(
    [
        T.RandomResizedCrop(48),
        T.RandomHorizontalFlip(),
        T.ColorJitter(0.2, 0.2, 0.2),
        T.ToTensor(),
        T.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
    ]
)
plain = T.Compose([T.Resize((40, 52)), T.CenterCrop(32), T.ToTensor()])
gray = T.Compose([T.Grayscale(), T.Resize(20), T.ToTensor()])

train_set = datasets.FakeData(size=40, image_size=(3, 64, 80), num_classes=5, transform=augment)
val_set = datasets.FakeData(size=12, image_size=(3, 64, 80), num_classes=5, transform=plain)
gray_set = datasets.FakeData(8, (3, 30, 60), 5, gray)
sample, target = train_set[0]
val_sample, _ = val_set[0]
gray_sample, _ = gray_set[0]

net = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(4),
    nn.Flatten(),
    nn.Linear(8 * 4 * 4, 5),
)
for images, labels in DataLoader(train_set, batch_size=8, drop_last=True):
    logits = net(images)
    loss = nn.functional.cross_entropy(logits, labels)
for images, labels in DataLoader(val_set, batch_size=5):
    val_logits = net(images)
gray_batch = torch.stack([gray_set[i][0] for i in range(4)])

parser = argparse.ArgumentParser()
parser.add_argument("--image-size", type=int, default=24)
parser.add_argument("--source", default="colour")
opts = parser.parse_args()
if opts.source == "gray":
    chosen = datasets.FakeData(10, (3, 28, 28), 5, T.Compose([T.Grayscale(3), T.Resize(opts.image_size), T.ToTensor()]))
else:
    resized = T.Compose([T.Resize(opts.image_size), T.CenterCrop(opts.image_size), T.ToTensor()])
    chosen = datasets.FakeData(size=10, image_size=(3, 32, 40), transform=resized)
chosen_image, _ = chosen[0]
for chosen_batch, chosen_labels in DataLoader(chosen, batch_size=4):
    chosen_logits = net(chosen_batch)
