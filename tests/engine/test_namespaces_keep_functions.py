"""Engine tests: `types.SimpleNamespace(**fields)` and `argparse.Namespace(**fields)` keep the functions they are
given as attributes and call none of them, so what the engine inferred inside those functions stands (before,
they counted as handed to code it does not follow, and their hints were dropped). Truths come from running the
program."""

import argparse
import types

from engine_support import hints_and_truth

HELPERS = """
import argparse
import types

import torch


def embed(steps, dim):
    global last_angles
    half = dim // 2
    freqs = torch.exp(-torch.arange(half, dtype=torch.float32) / half)
    angles = steps[:, None].float() * freqs[None]
    last_angles = angles
    return torch.cat([torch.cos(angles), torch.sin(angles)], dim=-1)


utilities = types.SimpleNamespace(**globals())
options = argparse.Namespace(embed=embed, dim=16)
table = utilities.embed(torch.arange(4), 16)
other = options.embed(torch.arange(4), options.dim)
"""


def test_functions_given_to_a_namespace_keep_their_hints(monkeypatch):
    found, truth = hints_and_truth(HELPERS, monkeypatch)
    for name in ("table", "other", "last_angles"):
        assert found[name] == truth[name], name
    assert found["angles"] == truth["last_angles"]  # inside the function, where both calls give one shape
    assert not hasattr(types.SimpleNamespace(), "embed") and isinstance(argparse.Namespace(), argparse.Namespace)
