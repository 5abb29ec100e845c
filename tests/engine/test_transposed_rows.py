"""Unit tests: `zip(*rows)` over rows of unknown number, unpacked (which proves them non-empty) and mapped."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse

ROWS = """
    import torch
    def read(lines):
        rows = []
        for line in lines:
            rows.append(([1.0, 2.0, 3.0], 7))
        return rows
    rows = read(open("data.txt"))
"""


def shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of each tensor hint after the prelude."""
    prelude = textwrap.dedent(ROWS)
    analysis = analyse(prelude + textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    first = prelude.count("\n") + 1
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints() if b.line >= first}


def test_unpacked_columns_become_tensors_sized_by_the_rows():
    assert shapes("""
        feats, labels = map(torch.tensor, zip(*rows))
        joined = torch.cat([feats, labels[:, None].float()], dim=1)
    """) == {"feats": "[rows, 3]", "labels": "[rows]", "joined": "[rows, 4]"}
    assert shapes("""
        feats, labels = zip(*rows)
        x = torch.FloatTensor(feats)
    """) == {"x": "[rows, 3]"}


def test_a_list_that_may_be_empty_gives_no_shape():
    assert (
        shapes("""
        x = torch.tensor(rows)
        cols = zip(*rows)
        for column in cols:
            y = torch.tensor(column)
    """)
        == {}
    )


def test_unpacking_into_another_number_of_targets_gives_no_shape():
    assert (
        shapes("""
        a, b, c = map(torch.tensor, zip(*rows))
    """)
        == {}
    )
