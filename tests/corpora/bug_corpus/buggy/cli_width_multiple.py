import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser(description="two-layer regressor")
parser.add_argument("--width", type=int, default=32)
parser.add_argument("--lr", type=float, default=0.01)
args, _ = parser.parse_known_args()
stem = nn.Linear(12, args.width * 2)
body = nn.Linear(args.width, args.width)
head = nn.Linear(args.width, 1)
features = torch.relu(stem(torch.randn(4, 12)))
prediction = head(torch.relu(body(features)))
