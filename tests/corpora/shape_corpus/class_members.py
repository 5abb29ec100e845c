"""Members of user classes read the way Python reads them: a `@property` runs when read (a dtype or a width
derived from a layer), a setter stores through the property, a `@staticmethod` binds nothing and a `@classmethod`
builds the model from a preset."""

import functools

import torch
from torch import nn


class PatchEncoder(nn.Module):
    presets = {"tiny": 16, "small": 32}

    def __init__(self, width: int, patch: int = 4):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, patch, stride=patch)
        self.norm = nn.LayerNorm(width)
        self._scale = 1.0

    @classmethod
    def from_preset(cls, name: str):
        return cls(cls.presets[name])

    @staticmethod
    def flatten_patches(x):
        return x.flatten(2).transpose(1, 2)

    @property
    def dtype(self):
        return self.conv1.weight.dtype

    @property
    def width(self):
        return self.conv1.out_channels

    @functools.cached_property
    def head(self):
        return nn.Linear(self.width, 10)

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, value):
        self._scale = value

    def forward(self, images):
        x = self.conv1(images.type(self.dtype))
        tokens = self.flatten_patches(x)
        tokens = self.norm(tokens) * self.scale
        cls_token = torch.zeros(tokens.shape[0], 1, self.width, dtype=self.dtype)
        tokens = torch.cat([cls_token, tokens], dim=1)
        return self.head(tokens[:, 0]), tokens


encoder = PatchEncoder.from_preset("small")
encoder.scale = torch.ones(32)
images = torch.randn(2, 3, 16, 16)
logits, tokens = encoder(images)
half = PatchEncoder(8).half()
patches = PatchEncoder.flatten_patches(torch.randn(2, 8, 4, 4))
pooled = tokens.mean(dim=1) * encoder.scale
