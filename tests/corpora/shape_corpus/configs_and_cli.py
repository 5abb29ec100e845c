"""Configuration styles around a model: argparse (read from the command line and from a literal list),
dataclasses with keyword overrides, default factories and __post_init__, NamedTuple, SimpleNamespace,
dicts of options expanded with ** at call sites and **kwargs in signatures, functools.partial, class
attributes and classmethods read through the class; a layer's width from np.prod of sizes read from the command
line, dropout rates read from it, a size read from it that a layer then checked against a number, and windows of
truncated backpropagation through time sliced with sizes read from it."""

import argparse
import functools
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import NamedTuple

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser(description="toy classifier")
parser.add_argument("--batch-size", type=int, default=16, help="samples per step")
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--lr", type=float, default=1e-3)
parser.add_argument("--act", choices=["relu", "gelu"], default="relu")
parser.add_argument("--no-bias", action="store_true")
parser.add_argument("--img-size", type=int, default=8)
parser.add_argument("--n-classes", type=int, default=10)
parser.add_argument("--dropout", type=float, default=0.1)
parser.add_argument("--bptt", type=int, default=7)
parser.add_argument("--tokens", type=int, default=500)
parser.add_argument("--code-size", type=int, default=12)
args = parser.parse_args()

images = torch.randn(args.batch_size, 1, 28, 28)
flat = images.flatten(1)
proj = nn.Linear(28 * 28, args.hidden)
hidden = proj(flat)
scores = hidden @ torch.randn(args.hidden, 10)
image_shape = (1, args.img_size, args.img_size)
critic = nn.Sequential(nn.Linear(args.n_classes + int(np.prod(image_shape)), 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
labels = nn.Embedding(args.n_classes, args.n_classes)(torch.randint(0, 10, (args.batch_size,)))
pictures = torch.randn(args.batch_size, *image_shape)
validity = critic(torch.cat((pictures.view(pictures.size(0), -1), labels), -1))
regularised = nn.Dropout(args.dropout)(hidden)
encoder_layer = nn.TransformerEncoderLayer(16, 2, 32, dropout=args.dropout)
encoded = encoder_layer(torch.randn(5, 3, 16))
code_reader = nn.Linear(12, 4)
codes = code_reader(torch.randn(args.batch_size, args.code_size))
noise_codes = torch.randn(3, args.code_size)

fixed = parser.parse_args(["--batch-size", "8", "--hidden", "24"])
batch = torch.randn(fixed.batch_size, 20)
layer = nn.Linear(20, fixed.hidden, bias=not fixed.no_bias)
out = layer(batch)

stream = torch.randint(0, 50, (args.tokens,))
rows = stream.size(0) // args.batch_size
columns = stream.narrow(0, 0, rows * args.batch_size).view(args.batch_size, -1).t().contiguous()


class WindowEncoder(nn.Module):
    def __init__(self, vocab, width, p):
        super().__init__()
        self.table = nn.Embedding(vocab, width)
        self.drop = nn.Dropout(p)

    def forward(self, window):
        embedded = self.drop(self.table(window))
        return embedded


def window_at(source, start):
    span = min(args.bptt, len(source) - 1 - start)
    return source[start : start + span]


def encode_windows(encoder):
    for start in range(0, columns.size(0) - 1, args.bptt):
        window = window_at(columns, start)
        window_emb = encoder(window)


encode_windows(WindowEncoder(50, args.hidden, args.dropout))


@dataclass
class ModelConfig:
    n_embd: int = 768
    n_head: int = 12
    block_size: int = 64
    dropout: float = 0.1
    widths: list = field(default_factory=lambda: [16, 32])
    head_dim: int = field(init=False, default=0)

    def __post_init__(self):
        self.head_dim = self.n_embd // self.n_head


cfg = ModelConfig(n_embd=48, n_head=4, block_size=10)
tokens = torch.randn(2, cfg.block_size, cfg.n_embd)
heads = tokens.view(2, cfg.block_size, cfg.n_head, cfg.head_dim).transpose(1, 2)
att = (heads @ heads.transpose(-2, -1)) / cfg.head_dim**0.5
att = F.softmax(att, dim=-1)
mixed = (att @ heads).transpose(1, 2).reshape(2, cfg.block_size, cfg.n_embd)
stem = nn.Conv2d(3, cfg.widths[0], 3, padding=1)
feat = stem(torch.randn(4, 3, 12, 12))
positional = ModelConfig(24, 6)
pos_emb = nn.Embedding(positional.block_size, positional.n_embd)
pos = pos_emb(torch.arange(positional.block_size))


@dataclass
class TrainConfig(ModelConfig):
    epochs: int = 2


train_cfg = TrainConfig(n_embd=12, n_head=3, epochs=1)
wide = torch.zeros(train_cfg.epochs, train_cfg.n_embd, train_cfg.head_dim)


class ImageSpec(NamedTuple):
    channels: int
    height: int
    width: int = 16


spec = ImageSpec(3, 20)
canvas = torch.zeros(spec.channels, spec.height, spec.width)
c, h, w = spec
pooled = F.adaptive_avg_pool2d(torch.randn(5, c, h, w), (h // 4, w // 4))

opts = SimpleNamespace(vocab=50, dim=8, seq=6)
opts.dim = 12
embed = nn.Embedding(opts.vocab, opts.dim)
seq = embed(torch.randint(0, opts.vocab, (3, opts.seq)))

layer_kwargs = {"in_features": 12, "out_features": 7}
layer_kwargs.update(bias=False)
head = nn.Linear(**layer_kwargs)
logits = head(seq)
factory_opts = dict(dtype=torch.float64)
zeros64 = torch.zeros(3, 5, **factory_opts)


def make_mlp(*sizes, **options):
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers.append(nn.Linear(a, b, **options))
        layers.append(nn.ReLU())
    return nn.Sequential(*layers[:-1])


mlp = make_mlp(10, 20, 5, bias=True)
mlp_out = mlp(torch.randn(6, 10))


def scaled_noise(shape, scale, offset=0.0):
    noise = torch.randn(*shape) * scale
    return noise + offset


half_noise = functools.partial(scaled_noise, scale=0.5)
noise = half_noise((4, 9))

features = torch.randn(40, 6)
labels = torch.randint(0, 3, (40,))
loader_kwargs = {"batch_size": 8, "shuffle": True}
loader = DataLoader(TensorDataset(features, labels), **loader_kwargs)
classifier = nn.Linear(6, 3)
for xb, yb in loader:
    preds = classifier(xb)
    loss = F.cross_entropy(preds, yb)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, cin, planes):
        super().__init__()
        self.conv = nn.Conv2d(cin, planes * self.expansion, 3, padding=1)

    def forward(self, x):
        return F.relu(self.conv(x))

    @classmethod
    def stage(cls, cin, planes, blocks):
        layers = [cls(cin, planes)] + [cls(planes * cls.expansion, planes) for _ in range(blocks - 1)]
        return nn.Sequential(*layers)


class WideBlock(BasicBlock):
    expansion = 2


def stage_for(block, cin, planes):
    out_channels = planes * block.expansion
    name = "basic" if block == BasicBlock else "wide"
    return block.stage(cin, planes, 2), out_channels, name


wide_stage, wide_channels, wide_name = stage_for(WideBlock, 3, 8)
wide_out = wide_stage(torch.randn(2, 3, 10, 10))
summary = torch.zeros(wide_channels, len(wide_name))
