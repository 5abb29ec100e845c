"""A conditional GAN in the legacy style many public repositories keep: options read from the command line at
module level, the tensor class picked by `torch.cuda.is_available()`, `Variable`, noise drawn with numpy,
layers sized by options (in and out features) and built from lists unpacked into nn.Sequential; an empty legacy
tensor grown row by row with torch.cat."""

import argparse

import numpy as np
import torch
import torch.nn as nn
from torch.autograd import Variable

parser = argparse.ArgumentParser()
parser.add_argument("--noise_width", type=int, default=24, help="size of the noise vector")
parser.add_argument("--code_width", type=int, default=7, help="size of the judge's features")
parser.add_argument("--rate", type=float, default=2e-4)
opt = parser.parse_args()

KINDS, BANDS, SIDE = 5, 3, 8
picture_shape = (BANDS, SIDE, SIDE)
pixels = int(np.prod(picture_shape))
on_gpu = True if torch.cuda.is_available() else False
Floats = torch.cuda.FloatTensor if on_gpu else torch.FloatTensor
Longs = torch.cuda.LongTensor if on_gpu else torch.LongTensor


def stage(width_in, width_out, norm=True):
    parts = [nn.Linear(width_in, width_out)]
    if norm:
        parts.append(nn.BatchNorm1d(width_out, 0.8))
    parts.append(nn.LeakyReLU(0.2, inplace=True))
    return parts


class Maker(nn.Module):
    def __init__(self):
        super().__init__()
        self.tag = nn.Embedding(KINDS, KINDS)
        self.body = nn.Sequential(
            *stage(opt.noise_width + KINDS, 48, norm=False),
            *stage(48, 96),
            nn.Linear(96, pixels),
            nn.Tanh(),
        )

    def forward(self, noise, kinds):
        joined = torch.cat((self.tag(kinds), noise), -1)
        flat = self.body(joined)
        picture = flat.view(flat.size(0), *picture_shape)
        return picture


class Judge(nn.Module):
    def __init__(self):
        super().__init__()
        self.tag = nn.Embedding(KINDS, 6)
        self.features = nn.Sequential(nn.Linear(pixels + 6, 32), nn.LeakyReLU(0.2), nn.Linear(32, opt.code_width))
        self.head = nn.Sequential(nn.Linear(opt.code_width, 1), nn.Sigmoid())

    def forward(self, picture, kinds):
        joined = torch.cat((picture.view(picture.size(0), -1), self.tag(kinds)), -1)
        code = self.features(joined)
        verdict = self.head(code)
        return verdict


maker, judge = Maker(), Judge()
criterion = nn.BCELoss()
pictures = torch.rand(12, BANDS, SIDE, SIDE) * 2 - 1
labels = torch.randint(0, KINDS, (12,))

for start in range(0, 12, 6):
    real = Variable(pictures[start : start + 6].type(Floats))
    real_kinds = Variable(labels[start : start + 6].type(Longs))
    ones = Variable(Floats(real.size(0), 1).fill_(1.0), requires_grad=False)
    zeros = Variable(Floats(real.size(0), 1).fill_(0.0), requires_grad=False)
    noise = Variable(Floats(np.random.normal(0, 1, (real.shape[0], opt.noise_width))))
    fake_kinds = Variable(Longs(np.random.randint(0, KINDS, real.size(0))))
    fakes = maker(noise, fake_kinds)
    maker_loss = criterion(judge(fakes, fake_kinds), ones)
    real_loss = criterion(judge(real, real_kinds), ones)
    fake_loss = criterion(judge(fakes.detach(), fake_kinds), zeros)
    judge_loss = (real_loss + fake_loss) / 2

codes = judge.features(torch.randn(4, pixels + 6))
spread = torch.from_numpy(np.random.uniform(-1, 1, size=(4, 10)))
blank = torch.from_numpy(np.zeros((2, SIDE)))


def penalty(critic, real_batch, fake_batch):
    """The gradient penalty of WGAN-GP, on points between real and fake pictures."""
    weight = Floats(np.random.random((real_batch.size(0), 1, 1, 1)))
    between = (weight * real_batch + (1 - weight) * fake_batch).requires_grad_(True)
    judged = critic(between, fake_kinds)
    target = Variable(Floats(real_batch.shape[0], 1).fill_(1.0), requires_grad=False)
    slopes = torch.autograd.grad(outputs=judged, inputs=between, grad_outputs=target, create_graph=True)[0]
    slopes = slopes.view(slopes.size(0), -1)
    return ((slopes.norm(2, dim=1) - 1) ** 2).mean()


gap = penalty(judge, real.data, fakes.data)

widths = [8, 16, 32]
widths.reverse()
upward = nn.Sequential(
    *[nn.ConvTranspose2d(widths[i], widths[i + 1], 3, stride=2, padding=1, output_padding=1) for i in range(2)]
)
grown = upward(torch.randn(2, widths[0], 3, 3))

grid_kinds = Variable(Longs(np.array([kind for _ in range(KINDS) for kind in range(KINDS)])))
grid = maker(Variable(Floats(np.random.normal(0, 1, (KINDS**2, opt.noise_width)))), grid_kinds)

sheets = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(pictures, labels), batch_size=5, shuffle=True)
scorer = nn.Linear(pixels, 1)
for step, (batch, batch_kinds) in enumerate(sheets):
    flat_batch = batch.view(-1, pixels)
last_flat = flat_batch
last_scores = scorer(flat_batch)
affinity = torch.bmm(grid.flatten(2), grid.flatten(2).transpose(1, 2)) / np.sqrt(SIDE * SIDE)

collected = torch.FloatTensor()
for _ in range(3):
    row = torch.randn(1, 5)
    collected = torch.cat((collected, row), 0)
