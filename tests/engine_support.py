"""What the engine tests share: running a small program for its truth."""

from __future__ import annotations

import textwrap

import pytest
import torch


def executed(source: str, variable: str, value: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, torch.Size]:
    """The shapes of the tensors the program leaves in its globals, run with environment `variable` set to
    `value`."""
    monkeypatch.setenv(variable, value)
    names: dict[str, object] = {}
    exec(textwrap.dedent(source), names)
    return {name: value.shape for name, value in names.items() if isinstance(value, torch.Tensor)}
