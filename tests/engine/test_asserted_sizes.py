"""Unit tests: past `assert x.size(d) == n` (or `x.shape[d] == n`), the tensor `x` has size `n` at `d`."""

import pytest
from engine_support import agrees, hints_and_truth

PADDED = """
    import random
    import torch

    def padded(tokens, seq_len):
        pad = seq_len - len(tokens) - 2
        if pad < 0:
            raise ValueError("too long")
        x = torch.cat([torch.tensor([1]), torch.tensor(tokens), torch.tensor([2]), torch.tensor([0] * pad)])
        assert x.size(0) == seq_len
        return x

    tokens = [random.randint(3, 9) for _ in range(random.randint(1, 5))]
    encoded = padded(tokens, 16)
"""


def test_a_contiguous_tensor_takes_the_asserted_size(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(PADDED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["encoded"] == truth["encoded"]


SELECTED = """
    import torch

    scores = torch.randn(5)
    rows = torch.nonzero(scores > -100.0)
    assert 5 == rows.shape[0] and rows.size(1) == 1
    kept = rows
    columns = torch.nonzero(scores > -100.0).t()
    assert columns.size(-1) == 5
    again = columns
"""


def test_a_size_symbol_asserted_is_the_int_throughout_the_tensor(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(SELECTED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert found["kept"] == truth["kept"]
    assert found["again"] == truth["again"]  # a transpose, not contiguous: the symbol is replaced
