"""Unit tests: arguments whose value is unknown cost only what they can change, and no hint shows a probe value."""

import textwrap

import pytest
import torch
from torch_lsp.analysis import schemas
from torch_lsp.analysis.engine import analyse


def shapes(source: str, first_hint: int = 1009) -> dict[str, str]:
    """name -> rendered shape of its last hint."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0, first_hint=first_hint)
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints()}


def test_schemas_say_which_arguments_cannot_change_a_shape():
    assert schemas.role("torch.randn", keyword="generator") == schemas.FREE
    assert schemas.role("torch.zeros", keyword="pin_memory") == schemas.FREE
    assert schemas.role("torch.Tensor.contiguous", keyword="memory_format") == schemas.FREE
    assert schemas.role("torch.randn", keyword="dtype") is None  # it changes the dtype
    assert schemas.role("torch.zeros", position=0) == schemas.SIZES
    assert schemas.role("torch.Tensor.view", position=1) is None  # a size list or a dtype, by overload
    assert schemas.takes_size_list("torch.randn", 2) and schemas.takes_size_list("torch.Tensor.reshape", 3)
    assert not schemas.takes_size_list("torch.Tensor.permute", 3)  # int[] dims are axes, not sizes
    assert schemas.takes_size_list("torch.Tensor.view", 3)  # two sizes: `view(dtype)` takes one argument
    assert not schemas.takes_size_list("torch.Tensor.view", 2)


def test_an_unknown_generator_layout_or_pinning_keeps_the_shape():
    found = shapes("""
        import torch
        gen = torch.Generator().manual_seed(0)
        a = torch.randn(6, 4, generator=gen)
        b = torch.randint(0, 9, (2, 3), generator=gen)
        c = torch.randperm(10, generator=gen)
        d = torch.rand(a.shape[0], 2, generator=gen) @ torch.randn(2, 5, generator=gen)
    """)
    assert (found["a"], found["b"], found["c"], found["d"]) == ("[6, 4]", "[2, 3]", "[10]", "[6, 5]")


def test_an_unknown_size_makes_only_its_dimension_unknown():
    found = shapes("""
        import torch
        import torch.nn as nn
        vocab = len(open("names.txt").read().split())
        idx = torch.zeros(4, 8, dtype=torch.long)
        emb = nn.Embedding(vocab, 16)(idx)
        logits = nn.Linear(16, vocab)(emb)
        grid = torch.zeros(vocab, 3)
        listed = torch.ones((2, len(open("names.txt").read())))
        unknown_shape = torch.zeros(open("shape.txt").read())
        unknown_view = idx.view(open("shape.txt").read())
        no_size = torch.zeros((None, None))
    """)
    assert (found["emb"], found["logits"]) == ("[4, 8, 16]", "[4, 8, vocab]")  # named after its variable
    assert (found["grid"], found["listed"]) == ("[vocab, 3]", "[2, ?]")  # `?`: a size with no name
    assert "unknown_shape" not in found and "unknown_view" not in found  # one size or a list: the rank is unknown
    assert "no_size" not in found  # torch refuses None as a size


RAGGED = """
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, TensorDataset
    loader = DataLoader(TensorDataset(torch.randn(50, 7, 12)), batch_size=16)
    for (xb,) in loader:
        before = xb + 1
        states, (h, c) = nn.LSTM(12, 20, batch_first=True)(xb)
        gru_out, gru_h = nn.GRU(12, 10, batch_first=True)(xb)
        bigger = nn.Upsample(scale_factor=2)(xb.unsqueeze(1))
        after = xb * 2
"""


def test_ops_that_specialise_a_symbol_keep_it_symbolic():
    found = shapes(RAGGED)
    assert found["states"] == "[≤16, 7, 20]" and found["h"] == "[1, ≤16, 20]"
    assert found["gru_out"] == "[≤16, 7, 10]" and found["bigger"] == "[≤16, 1, 14, 24]"
    assert found["before"] == found["after"] == "[≤16, 7, 12]"  # nothing specialised the batch for later ops


@pytest.mark.parametrize("first_hint", [2003, 7919])
def test_no_hint_depends_on_the_probe_values_behind_symbols(first_hint):
    assert shapes(RAGGED, first_hint) == shapes(RAGGED)


def test_a_layer_built_from_an_unknown_size_is_no_certain_error():
    analysis = analyse(
        textwrap.dedent("""
            import torch
            import torch.nn as nn
            n_in = len(open("columns.txt").read().split())
            y = nn.Linear(n_in, 10)(torch.randn(4, 7))
        """),
        torch,
        "cpu",
        4096,
        30.0,
    )
    # it runs when the file has 7 columns: at most a possible error, never a certain one
    assert not any(issue.sure for issue in analysis.issues)


def test_a_constructor_check_on_a_size_with_no_value_is_no_certain_error():
    analysis = analyse(
        textwrap.dedent("""
            import torch.nn as nn

            def norm(channels):
                return nn.GroupNorm(32, channels)
        """),
        torch,
        "cpu",
        4096,
        30.0,
    )
    # `channels` has no value (nothing calls `norm`): GroupNorm refuses only the counts 32 does not divide
    assert not any(issue.sure for issue in analysis.issues)


def test_sizes_torch_computes_from_probe_values_without_a_guard_stay_symbolic():
    source = """
        import torch.nn as nn
        def resize(x):  # x: [B, 3, H, W]
            bigger = nn.Upsample(scale_factor=2)(x)
            smaller = nn.Upsample(scale_factor=0.5)(x)
            return smaller
    """
    found = shapes(source)
    assert (found["bigger"], found["smaller"]) == ("[B, 3, 2*H, 2*W]", "[B, 3, H//2, W//2]")
    assert shapes(source, first_hint=2003) == found


def test_an_argument_role_is_read_from_the_overloads_that_take_as_many_arguments(monkeypatch):
    from engine_support import hints_and_truth

    found, truth = hints_and_truth(
        """
        import json
        import os
        import tempfile
        import torch

        path = os.path.join(tempfile.mkdtemp(), "rows.json")
        with open(path, "w") as f:
            json.dump([[1, 2], [3, 4], [5, 6]], f)
        with open(path) as f:
            rows = torch.tensor(json.load(f))
        picked = torch.randint(0, rows.shape[0], (8,))
        upper = torch.randint(rows.shape[0], (5, 2))
        """,
        monkeypatch,
    )
    assert "rows" not in found
    assert found["picked"] == truth["picked"]  # `high` is a bound of the values, not a size
    assert found["upper"] == truth["upper"]
    assert schemas.role("torch.randint", position=1, given=3) == schemas.SIZE
    assert schemas.role("torch.randint", position=1) is None
