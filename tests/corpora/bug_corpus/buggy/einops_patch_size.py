import torch
from einops import rearrange, repeat
from torch import nn


class PatchEmbed(nn.Module):
    def __init__(self, image_size, patch, channels, width):
        super().__init__()
        self.patch = patch
        self.project = nn.Linear(patch * patch * channels, width)
        self.cls = nn.Parameter(torch.zeros(1, 1, width))
        self.position = nn.Parameter(torch.zeros(1, (image_size // patch) ** 2 + 1, width))

    def forward(self, images):
        p = self.patch
        patches = rearrange(images, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=p, p2=p)
        tokens = self.project(patches)
        cls = repeat(self.cls, "() n d -> b n d", b=images.shape[0])
        return torch.cat([cls, tokens], dim=1) + self.position


embed = PatchEmbed(image_size=30, patch=8, channels=3, width=32)
tokens = embed(torch.randn(2, 3, 30, 30))
