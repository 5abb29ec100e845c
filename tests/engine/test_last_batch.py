"""Unit tests: after a loop over a DataLoader whose batch sizes are known, its variables hold the last batch's; a
batch holds 1 to batch_size samples."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse

LOADER = """
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    loader = DataLoader(TensorDataset(torch.rand(40, 3), torch.zeros(40)), batch_size=16, shuffle=True)
"""


def last_shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of its hint on the last line."""
    analysis = analyse(textwrap.dedent(LOADER) + textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    last = max(b.line for b in analysis.hints())
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints() if b.line == last}


def test_after_the_loop_the_variables_hold_the_last_batch():
    assert last_shapes("""
        for i, (x, y) in enumerate(loader):
            x = x * 2
        after = torch.cat([x, y.unsqueeze(1)], dim=1)
    """) == {"after": "[8, 4]"}  # 40 = 16 + 16 + 8
    assert last_shapes("""
        for x, y in loader:
            h = x.sum(1)
        after = h
    """) == {"after": "[8]"}


def test_a_loop_that_may_leave_early_keeps_the_join():
    assert last_shapes("""
        for x, y in loader:
            h = x.sum(1)
            if h.mean() > 0.5:
                break
        after = h
    """) == {"after": "[≤16]"}


def test_a_batch_holds_at_least_one_and_at_most_batch_size_samples():
    assert last_shapes("""
        for x, y in loader:
            labels = y if len(y) > 0 else None
            both = (x, labels) if labels is not None else (x,)
            first = both[1]
    """) == {"first": "[≤16]"}
    assert last_shapes("""
        for x, y in loader:
            wide = torch.zeros(len(x), 5) if len(x) <= 16 else torch.zeros(len(x), 6)
    """) == {"wide": "[≤16, 5]"}
    assert last_shapes("""
        for x, y in loader:
            halves = torch.zeros(2) if len(x) > 8 else torch.zeros(3)
    """) == {"halves": "[?]"}  # 16 in the first batches, 8 in the last


def test_an_empty_tensor_joined_with_a_batch_is_no_batch():
    assert last_shapes("""
        kept = torch.zeros(0, 3)
        for x, y in loader:
            kept = x
        some = torch.zeros(2) if len(kept) > 0 else torch.zeros(3)
    """) == {"some": "[2]"}  # after the loop: the last batch, 8 rows
    assert last_shapes("""
        kept = torch.zeros(0, 3)
        for x, y in loader:
            kept = x
            if len(x) < 10:
                break
        some = torch.zeros(2) if len(kept) > 0 else torch.zeros(3)
    """) == {"some": "[?]"}  # kept joins the empty tensor and a batch: 0 to 16 rows
