"""Functions one `lambda` (or `def`) makes on each pass of a loop: the engine tells them apart by nothing (their
defaults are kept per definition and scope), so a default that differs between passes is the join of both
(`p_fn=torch.sin` then `torch.cos`: either), not unknown, and the functions join as one option, not as many
options as passes, in a list a loop of unknown count grows (a positional-encoding embedder)."""

from engine_support import hints_and_truth

EMBEDDER = """
import sys
import torch

fns = [lambda x: x]
for level in range(LEVELS):
    freq = 2.0 ** level
    for p_fn in [torch.sin, torch.cos]:
        fns.append(lambda x, p_fn=p_fn, freq=freq: p_fn(x * freq))
inputs = torch.zeros(5, 3)
parts = [fn(inputs) for fn in fns]
last = parts[-1]
out = torch.cat(parts, -1)
"""


def test_defaults_that_differ_between_passes_join(monkeypatch):
    found, truth = hints_and_truth(EMBEDDER.replace("LEVELS", "4"), monkeypatch)
    assert found["last"] == truth["last"] == "[5, 3]"
    assert found["out"] == truth["out"] == "[5, 27]"


def test_functions_of_one_lambda_join_as_one_option(monkeypatch):
    found, truth = hints_and_truth(EMBEDDER.replace("LEVELS", "len(sys.argv) + 3"), monkeypatch)
    assert found["last"] == truth["last"] == "[5, 3]"
    assert truth["out"] == "[5, 27]" and found["out"] == "[5, ?]"
