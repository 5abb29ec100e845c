"""The op cache serves re-analyses, symbolic sizes included, and rebuilds results over the new symbols."""

import textwrap

import torch
from torch_lsp.analysis.engine import OP_CACHE, analyse
from torch_lsp.analysis.op_cache import OpCache

ANNOTATED = """
    import torch
    import torch.nn.functional as F

    def block(x):  # x: [{batch}, 3, 32, 32]
        w = torch.randn(8, 3, 3, 3)
        y = F.conv2d(x, w, padding=1)
        z = F.max_pool2d(y, 2).flatten(1)
        n = z.size(0)
        return torch.cat([z, z], dim=1).view(n, 2, -1)
"""


def hints(source: str) -> tuple[dict[str, str], int]:
    """name -> rendered shape of its last hint, and the cache hits the analysis made."""
    hits = OP_CACHE.hits
    analysis = analyse(textwrap.dedent(source), torch, None, 4096, 30.0)
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints()}, OP_CACHE.hits - hits


def test_a_reanalysis_finds_symbolic_results_in_the_cache():
    first, _ = hints(ANNOTATED.format(batch="B"))
    again, hits = hints(ANNOTATED.format(batch="B"))
    assert again == first == {"w": "[8, 3, 3, 3]", "y": "[B, 8, 32, 32]", "z": "[B, 2048]"}
    assert hits >= 5


def test_cached_results_are_rebuilt_over_the_new_analysis_symbols():
    hints(ANNOTATED.format(batch="B"))
    renamed, hits = hints(ANNOTATED.format(batch="N"))
    assert renamed == {"w": "[8, 3, 3, 3]", "y": "[N, 8, 32, 32]", "z": "[N, 2048]"}
    assert hits >= 5


def test_results_with_sizes_torch_made_up_are_not_cached():
    source = """
        import torch

        def pick(x):  # x: [B, 4]
            kept = x[x > 0]
            return kept
    """
    first, _ = hints(source)
    again, _ = hints(source)
    assert first == again == {"kept": "[?]"}


def test_errors_on_symbolic_sizes_name_the_current_symbols():
    source = """
        import torch

        def product(a, b):  # a: [{batch}, 4]  b: [{batch}, 5]
            return a @ b
    """
    first = analyse(textwrap.dedent(source.format(batch="B")), torch, None, 4096, 30.0)
    renamed = analyse(textwrap.dedent(source.format(batch="N")), torch, None, 4096, 30.0)
    assert [issue.error.message for issue in first.issues] == [
        "a and b must have same reduction dim, but got [B, 4] X [B, 5]."
    ]
    assert [issue.error.message for issue in renamed.issues] == [
        "a and b must have same reduction dim, but got [N, 4] X [N, 5]."
    ]


def test_cached_results_of_ops_on_tensors_that_require_grad_accept_in_place_ops():
    block = """
        import torch
        from torch import nn

        block = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8))
        features = block(torch.randn(2, 3, 16, 16))
    """
    hints(block)
    found, hits = hints(
        block
        + """
        activated = nn.LeakyReLU(inplace=True)(features)
        shifted = features.add_(1.0)
    """
    )
    assert found == {"features": "[2, 8, 16, 16]", "activated": "[2, 8, 16, 16]", "shifted": "[2, 8, 16, 16]"}
    assert hits >= 2


PARAMETERS = """
    import torch
    from torch import nn

    class Scale(nn.Module):
        def __init__(self, dim):
            super().__init__()
            self.weight = nn.Parameter(torch.ones(dim))

        def forward(self, x):
            return x * self.weight

    class Pair(nn.Module):
        def __init__(self):
            super().__init__()
            self.first = Scale(4)
            self.second = Scale(4)

    pair = Pair().to(dtype=torch.float16)
    first = pair.first(torch.randn(2, 4, dtype=torch.float16))
    second = pair.second(torch.randn(2, 4, dtype=torch.float16))
"""


def test_a_parameter_made_twice_stays_a_parameter_that_converts_with_its_module():
    found, _ = hints(PARAMETERS)
    names: dict[str, object] = {}
    exec(textwrap.dedent(PARAMETERS), names)
    truth = {name: names[name].shape for name in ("first", "second")}  # type: ignore[attr-defined]
    assert truth == {"first": torch.Size([2, 4]), "second": torch.Size([2, 4])}
    assert found["first"] == found["second"] == "[2, 4]"  # the second Parameter came from the op cache


OPTIONS = """
    import argparse
    import torch
    from torch import nn

    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=6)
    parser.add_argument("--size", type=int, default=12)
    args = parser.parse_args()
    block = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.LeakyReLU(0.2))
    images = torch.randn(args.batch, 3, args.size, args.size)
    first = block(images)
    second = block(images)
"""


def test_a_call_repeated_on_sizes_without_hint_values_is_answered_within_its_analysis_only(monkeypatch):
    """Command-line options are sizes of no hint value, which the process-wide cache cannot key: the analysis keeps
    their calls' results for itself, so the second call of the block runs nothing, in every analysis alike."""
    answered: list[str] = []
    get = OpCache.get

    def counting(cache: OpCache, key: object) -> object:
        entry = get(cache, key)
        if entry is not None and cache is not OP_CACHE:
            answered.append(key[0])  # type: ignore[index]
        return entry

    monkeypatch.setattr(OpCache, "get", counting)
    found, _ = hints(OPTIONS)
    once = list(answered)
    again, _ = hints(OPTIONS)
    assert (
        found
        == again
        == {"images": "[batch, 3, size, size]", "first": "[batch, 8, size, size]", "second": "[batch, 8, size, size]"}
    )
    assert "torch.nn.Conv2d" in once and "torch.nn.LeakyReLU" in once
    assert answered == once + once
