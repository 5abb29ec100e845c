"""An analysis the time budget cuts short still shows what cannot change: the statements a function called exactly
once ran before the one cut short. The budget is made to run out at `budget_runs_out()`."""

import ast
import sys
import textwrap

import pytest
import torch
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.interpreter import BudgetExceeded, Interpreter

TRAINING = """
import torch

def double(x):
    return torch.cat([x, x])

def train(width):
    weights = torch.zeros(width, 4)
    doubled = double(weights)
    for step in range(3):
        budget_runs_out()
        grown = torch.cat([weights, doubled])
    final = grown.sum(0)

def main():
    features = torch.ones(2, 8)
    train(features.shape[1])
    total = features.sum()

if __name__ == "__main__":
    main()
"""


def _cut_at_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    interpret = Interpreter._stmt_Expr

    def cut(self: Interpreter, node: ast.Expr, scope: object) -> None:
        if ast.unparse(node) == "budget_runs_out()":
            raise BudgetExceeded
        interpret(self, node, scope)  # type: ignore[arg-type]

    monkeypatch.setattr(Interpreter, "_stmt_Expr", cut)


def _shown(source: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    _cut_at_marker(monkeypatch)
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    assert not analysis.completed
    return {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}


def _locals_run(source: str) -> dict[str, str]:
    """name -> shape of each tensor a function of the program held when it returned (names are distinct)."""
    seen: dict[str, str] = {}

    def on_event(frame, event, _):
        if event == "return" and frame.f_code.co_filename == "<program>":
            seen.update({k: str(list(v.shape)) for k, v in frame.f_locals.items() if isinstance(v, torch.Tensor)})

    sys.setprofile(on_event)
    try:
        exec(
            compile(textwrap.dedent(source), "<program>", "exec"),
            {"__name__": "__main__", "budget_runs_out": lambda: None},
        )
    finally:
        sys.setprofile(None)
    return seen


def test_a_function_called_once_shows_what_it_ran_before_the_cut(monkeypatch):
    shown, truth = _shown(TRAINING, monkeypatch), _locals_run(TRAINING)
    assert shown == {name: truth[name] for name in ("features", "weights", "doubled")}


def test_a_function_called_twice_shows_nothing_of_a_call_cut_short(monkeypatch):
    """The second call, not interpreted, binds `weights` to [16, 4] too: the first call's [8, 4] is not the answer."""
    twice = TRAINING.replace("    total = features.sum()", "    train(16)")
    shown, truth = _shown(twice, monkeypatch), _locals_run(twice)
    assert truth["weights"] == "[16, 4]"
    assert shown == {"features": truth["features"]}


def test_a_function_called_in_a_loop_shows_nothing_of_a_call_cut_short(monkeypatch):
    looped = TRAINING.replace("    train(features.shape[1])", "    for width in (8, 16):\n        train(width)")
    assert _shown(looped, monkeypatch) == {"features": _locals_run(looped)["features"]}
