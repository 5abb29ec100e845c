import argparse

import torch
import torch.nn.functional as F
from torch import nn


class PointEncoder(nn.Module):
    def __init__(self, feature_dims: int, classes: int):
        super().__init__()
        self.lift = nn.Conv1d(3, feature_dims, kernel_size=1)
        self.head = nn.Linear(feature_dims, classes)

    def forward(self, points):
        features = F.relu(self.lift(points.transpose(1, 2)))
        pooled = features.max(dim=2).values
        return self.head(pooled)


parser = argparse.ArgumentParser(description="classify point clouds")
parser.add_argument("--points", type=int, default=96)
parser.add_argument("--feature-dims", type=int, default=48)
parser.add_argument("--classes", type=int, default=5)
args, _ = parser.parse_known_args()
model = PointEncoder(args.feature_dims, args.classes)
clouds = torch.randn(4, args.points, 3)
logits = model(clouds)
