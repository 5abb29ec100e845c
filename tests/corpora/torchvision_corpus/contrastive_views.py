"""Contrastive pre-training views: each image of a torchvision dataset becomes two augmented views through the
program's own transform object, with RandomApply, RandomGrayscale, a Lambda, padding and a round trip through
ToPILImage; a rotation that may expand the image is resized back to a known size."""

import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision import transforms as T


class TwoViews:
    """Two independent augmentations of one image."""

    def __init__(self, transform):
        self.transform = transform

    def __call__(self, image):
        return [self.transform(image), self.transform(image)]


def scale_to_unit(tensor):
    return tensor * 2.0 - 1.0


parser = argparse.ArgumentParser()
parser.add_argument("--crop", type=int, default=28)
parser.add_argument("--batch-size", type=int, default=6)
args = parser.parse_args()
torch.manual_seed(0)

views = T.Compose(
    [
        T.RandomResizedCrop(args.crop, scale=(0.3, 1.0)),
        T.RandomHorizontalFlip(),
        T.RandomApply([T.ColorJitter(0.4, 0.4, 0.4, 0.1)], p=0.8),
        T.RandomGrayscale(p=0.2),
        T.ToTensor(),
        T.Lambda(scale_to_unit),
    ]
)
padded = T.Compose([T.Pad((2, 4)), T.ToTensor()])
rotated = T.Compose([T.RandomRotation(30, expand=True), T.Resize((20, 24)), T.ToTensor()])
round_trip = T.Compose([T.ToTensor(), T.ToPILImage(), T.Pad(3), T.ToTensor()])

train_set = datasets.FakeData(size=24, image_size=(3, 40, 36), num_classes=4, transform=TwoViews(views))
pair, label = train_set[0]
first_view, second_view = pair
padded_image, _ = datasets.FakeData(4, (3, 16, 18), 4, padded)[0]
rotated_image, _ = datasets.FakeData(4, (3, 16, 18), 4, rotated)[0]
expanded_image, _ = datasets.FakeData(
    4, (3, 16, 18), 4, T.Compose([T.RandomRotation((30, 40), expand=True), T.ToTensor()])
)[0]
trip_image, _ = datasets.FakeData(4, (1, 10, 12), 4, round_trip)[0]
scaled_set = datasets.FakeData(8, (3, 12, 12), 4, T.Compose([T.ToTensor(), T.Lambda(lambda t: t.flatten())]))
flat_image, _ = scaled_set[0]

encoder = nn.Sequential(
    nn.Conv2d(3, 16, 3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(16, 8),
)
for views_batch, labels in DataLoader(train_set, batch_size=args.batch_size, drop_last=True):
    images = torch.cat([views_batch[0], views_batch[1]], dim=0)
    features = F.normalize(encoder(images), dim=1)
    first, second = torch.split(features, [labels.shape[0], labels.shape[0]], dim=0)
    similarity = first @ second.T
    loss = F.cross_entropy(similarity / 0.1, torch.arange(labels.shape[0]))
