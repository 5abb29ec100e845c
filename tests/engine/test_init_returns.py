"""Unit tests: torch.nn.init's in-place initialisers (`xavier_uniform_`, `zeros_`, ...) return the tensor they fill."""

import pytest
from engine_support import agrees, hints_and_truth

INITIALISED = """
    import os
    import torch
    import torch.nn as nn

    users = int(os.environ.get("USERS", "9"))
    fill = nn.init.xavier_uniform_
    table = nn.Parameter(fill(torch.empty(users, 16)))
    bias = nn.init.zeros_(tensor=torch.empty(1, 16))
    scaled = nn.init.kaiming_normal_(torch.empty(4, 16), a=0.1) * 2.0
    rows = torch.cat([table, bias, scaled])
"""


def test_an_initialiser_returns_the_tensor_it_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    found, truth = hints_and_truth(INITIALISED, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    for name in ("bias", "scaled"):
        assert found[name] == truth[name]
    assert found["table"] == "[users, 16]"
    assert found["rows"] == "[users+5, 16]"
