import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=128)
parser.add_argument("--classes", type=int, default=10)
args = parser.parse_args(["--hidden", "64"])
encoder = nn.Linear(20, args.hidden)
classifier = nn.Linear(args.hidden, args.classes)
scores = classifier(encoder(torch.randn(8, 20)))
