"""A small vision transformer in the einops style (Rearrange patch embedding, `repeat` class tokens, heads split
and merged with `rearrange`, a Reduce pooling head) trained for a few steps over a tqdm-wrapped DataLoader,
with a forward hook that keeps the attention inputs and one that grows a key cache."""

import torch
import torch.nn.functional as F
from einops import rearrange, repeat
from einops.layers.torch import Rearrange, Reduce
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm


class Attention(nn.Module):
    def __init__(self, width, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(width, width * 3, bias=False)
        self.out = nn.Linear(width, width)

    def forward(self, x):
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        q, k, v = (rearrange(t, "b n (h d) -> b h n d", h=self.heads) for t in (q, k, v))
        scores = torch.einsum("bhid,bhjd->bhij", q, k) * q.shape[-1] ** -0.5
        mixed = scores.softmax(dim=-1) @ v
        return self.out(rearrange(mixed, "b h n d -> b n (h d)"))


class ViT(nn.Module):
    def __init__(self, image_size=16, patch=4, channels=3, width=32, depth=2, heads=4, classes=5):
        super().__init__()
        count = (image_size // patch) ** 2
        self.embed = nn.Sequential(
            Rearrange("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=patch, p2=patch),
            nn.Linear(patch * patch * channels, width),
        )
        self.cls = nn.Parameter(torch.randn(1, 1, width))
        self.position = nn.Parameter(torch.randn(1, count + 1, width))
        self.blocks = nn.ModuleList([Attention(width, heads) for _ in range(depth)])
        self.head = nn.Sequential(Reduce("b n d -> b d", "mean"), nn.LayerNorm(width), nn.Linear(width, classes))

    def forward(self, images):
        tokens = self.embed(images)
        cls = repeat(self.cls, "() n d -> b n d", b=tokens.shape[0])
        x = torch.cat([cls, tokens], dim=1) + self.position
        for block in self.blocks:
            x = x + block(x)
        return self.head(x)


model = ViT()
data = TensorDataset(torch.randn(24, 3, 16, 16), torch.randint(0, 5, (24,)))
loader = DataLoader(data, batch_size=8)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for images, labels in tqdm(loader, desc="epoch 1"):
    logits = model(images)
    loss = F.cross_entropy(logits, labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

seen = {}


def keep_inputs(module, inputs, output):
    seen["qkv_input"] = inputs[0].detach()


handle = model.blocks[0].qkv.register_forward_hook(keep_inputs)
scored = model(torch.randn(2, 3, 16, 16))
attention_input = seen["qkv_input"]
handle.remove()

cache = []


def grow(module, inputs, output):
    cache.append(output)
    return torch.cat(cache, dim=1)


model.blocks[1].qkv.register_forward_hook(grow)
first_step = model.blocks[1].qkv(torch.randn(1, 3, 32))
second_step = model.blocks[1].qkv(torch.randn(1, 3, 32))
