"""Engine tests: einops' `rearrange`, `repeat`, `reduce` and the `Rearrange` / `Reduce` layers run as the torch
ops they amount to: composites split by the lengths given, ellipses, anonymous axes, named sizes kept symbolic,
and a length that does not divide its axis flagged where einops raises. Truths come from running einops."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

PATTERNS = """
import torch
import torch.nn as nn
import einops
from einops import rearrange, reduce, repeat
from einops.layers.torch import Rearrange, Reduce

images = torch.randn(2, 3, 32, 32)
patches = rearrange(images, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=8, p2=8)
restored = rearrange(patches, "b (h w) (p1 p2 c) -> b c (h p1) (w p2)", h=4, p1=8, p2=8)
cls_tokens = repeat(torch.randn(1, 1, 16), "() n d -> b n d", b=2)
pooled = reduce(images, "b c h w -> b c", "mean")
halved = reduce(images, "b c (h 2) (w 2) -> b c h w", reduction="max")
flat = einops.rearrange(images, "b ... -> b (...)")
channels_last = rearrange(images, "b c ... -> b ... c")
colour = repeat(torch.randn(4, 5), "h w -> h w c", c=3)
embed = nn.Sequential(Rearrange("b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=4, p2=4), nn.Linear(48, 32))
tokens = embed(images)
head = nn.Sequential(Reduce("b n d -> b d", "mean"), nn.LayerNorm(32), nn.Linear(32, 10))
logits = head(tokens)
"""


def test_patterns_give_the_shapes_einops_gives(monkeypatch):
    found, truth = hints_and_truth(PATTERNS, monkeypatch)
    names = ["patches", "restored", "cls_tokens", "pooled", "halved", "flat", "channels_last", "colour"]
    assert {name: found.get(name) for name in [*names, "tokens", "logits"]} == {
        name: truth[name] for name in [*names, "tokens", "logits"]
    }


HEADS = """
import os
import torch
from einops import rearrange

batch = int(os.environ.get("BATCH", "3"))
x = torch.randn(batch, 10, 64)
split = rearrange(x, "b n (h d) -> b h n d", h=4)
merged = rearrange(split, "b h n d -> b n (h d)")
"""


def test_named_sizes_stay_symbolic():
    analysis = analyse(textwrap.dedent(HEADS), torch, "cpu", 4096, 30.0)
    hints = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert hints["split"].endswith(", 4, 10, 16]") and hints["split"] != "[3, 4, 10, 16]"
    assert hints["merged"].endswith(", 10, 64]")


def test_a_length_that_does_not_divide_its_axis_is_flagged_on_its_line():
    source = "import torch\nfrom einops import rearrange\nx = rearrange(torch.randn(2, 30), 'b (h d) -> b h d', h=8)\n"
    analysis = analyse(source, torch, "cpu", 4096, 30.0)
    assert [issue.line for issue in analysis.issues] == [2]


EINSUMS = """
import torch
import einops
from einops import einsum

delta, a, u, b = torch.randn(4, 16, 64), torch.randn(64, 8), torch.randn(4, 16, 64), torch.randn(4, 16, 8)
outer = einsum(delta, a, "b l d_in, d_in n -> b l d_in n")
triple = einsum(delta, b, u, "b l d_in, b l n, b l d_in -> b l d_in n")
contracted = einops.einsum(outer[:, 0], b[:, 0], "batch d_in n, batch n -> batch d_in")
batched = einsum(torch.randn(10, 20), torch.randn(5, 6, 20), "out_dim in_dim, ... in_dim -> ... out_dim")
trace = einsum(torch.randn(7, 7), "i i ->")
"""


def test_einsum_runs_as_torch_einsum_with_named_axes(monkeypatch):
    found, truth = hints_and_truth(EINSUMS, monkeypatch)
    names = ["outer", "triple", "contracted", "batched", "trace"]
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert found["outer"] == "[4, 16, 64, 8]"
