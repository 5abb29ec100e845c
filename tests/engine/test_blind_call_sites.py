"""Unit tests: a call whose arguments could not be evaluated adds nothing to the hints inside the function."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def hints(source: str) -> list[tuple[int, str, str]]:
    """(line, name, shape) of every hint, in source order."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return [(b.line, b.name, analysis.shape_text(b.value)) for b in analysis.hints()]


def test_an_unknown_call_site_keeps_the_known_ones_hints_in_either_order():
    for first, second in (("known", "blind"), ("blind", "known")):
        found = hints(f"""
            import json
            import torch

            def widen(x):
                doubled = torch.cat([x, x], dim=1)
                return doubled

            known = widen(torch.zeros(3, 4)) if "{first}" == "known" else widen(torch.tensor(json.loads("[[1]]")))
            blind = widen(torch.tensor(json.loads("[[1]]"))) if "{second}" == "blind" else widen(torch.zeros(3, 4))
        """)
        assert (5, "doubled", "[3, 8]") in found


def test_two_evaluated_call_sites_still_join():
    found = hints("""
        import torch

        def widen(x):
            doubled = torch.cat([x, x], dim=1)
            return doubled

        a = widen(torch.zeros(3, 4))
        b = widen(torch.zeros(5, 4))
    """)
    assert (4, "doubled", "[?, 8]") in found
