"""What the engine tests share: running a small program for its truth."""

from __future__ import annotations

import random
import sys
import textwrap
import traceback

import numpy as np
import pytest
import torch


def executed(source: str, variable: str, value: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, torch.Size]:
    """The shapes of the tensors the program leaves in its globals, run with environment `variable` set to
    `value` and no command-line arguments (its argparse options take their defaults)."""
    monkeypatch.setenv(variable, value)
    monkeypatch.setattr(sys, "argv", ["program"])
    names: dict[str, object] = {}
    exec(textwrap.dedent(source), names)
    return {name: value.shape for name, value in names.items() if isinstance(value, torch.Tensor)}


def seeded_runs_and_hints(program: str, seeds: int = 40) -> tuple[list[dict[str, list[int]]], dict[str, str]]:
    """The shapes each of `seeds` seeded runs of a program leaves in its globals, and the engine's hints on it."""
    from torch_lsp.analysis.engine import analyse

    analysis = analyse(program, torch, "cpu", 4096, 30.0)
    hints = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    return [seeded_shapes(program, seed) for seed in range(seeds)], hints


def seeded_shapes(program: str, seed: int) -> dict[str, list[int]]:
    """The shapes of the tensors a program leaves in its globals, run with Python's, numpy's and torch's random
    generators seeded with `seed`."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    names: dict[str, object] = {}
    exec(program, names)
    return {name: list(value.shape) for name, value in names.items() if isinstance(value, torch.Tensor)}


def hints_and_truth(source: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, str], dict[str, str]]:
    """name -> the engine's rendered hint, and name -> the shape the program's run left in that global."""
    from torch_lsp.analysis.engine import analyse

    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    return found, {name: str(list(shape)) for name, shape in executed(source, "UNUSED", "", monkeypatch).items()}


def agrees(hint: str | None, truth: str) -> bool:
    """Whether an engine hint (None: no hint) says nothing the run contradicts: the same rank, and each size the
    run's or a name (`n`, `?`) that stands for any."""
    if hint is None:
        return True
    sizes, shape = hint.strip("[]").split(", "), truth.strip("[]").split(", ")
    if len(sizes) != len(shape):
        return False
    return all(not size.isdigit() or size == real for size, real in zip(sizes, shape, strict=True))


def raising_line(source: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The line where running the program (no command-line arguments) raised a RuntimeError or an IndexError (torch's
    shape errors); 0 if it ran to the end."""
    monkeypatch.setattr(sys, "argv", ["program"])
    try:
        exec(compile(textwrap.dedent(source), "<program>", "exec"), {})
    except (RuntimeError, IndexError) as error:
        frames = traceback.extract_tb(error.__traceback__)
        return [frame.lineno or 0 for frame in frames if frame.filename == "<program>"][-1]
    return 0


def reported_and_raising(source: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[int, str]], int]:
    """The (line, op) of each error the engine reports on the program, and the line where running it raised."""
    from torch_lsp.analysis.engine import analyse

    issues = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues
    return [(issue.line + 1, issue.op) for issue in issues], raising_line(source, monkeypatch)
