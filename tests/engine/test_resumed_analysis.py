"""An edited file's analysis resumes at a checkpoint before the edit (see checkpoints): what it finds must be what
a fresh analysis of the edited text finds, whatever the earlier version's code did after the checkpoint."""

import re
import textwrap

import pytest
import torch
from shape_truth import cell_first_lines, corpus_files, joined_source
from torch_lsp.analysis.engine import Analysis, analyse


def _analysed(source: str, cells: tuple[int, ...] = (), previous: Analysis | None = None) -> Analysis:
    return analyse(source, torch, "cpu", 4096, 30.0, cell_lines=cells, previous=previous)


def _found(analysis: Analysis) -> tuple[dict, list]:
    hints = {(b.line, b.column, b.name): analysis.shape_text(b.value) for b in analysis.hints()}
    issues = sorted((i.line, i.column, i.op, str(i.error)) for i in analysis.issues)
    return hints, issues


def _edited(source: str) -> str | None:
    """The source with the first integer literal of its second half's first assignment at top level changed."""
    lines = source.split("\n")
    for at in range(len(lines) // 2, len(lines)):
        match = re.match(r"^[A-Za-z_]\w* = .*?\b(\d+)\b", lines[at])
        if match:
            number = int(match.group(1))
            lines[at] = lines[at][: match.start(1)] + str(number + 1) + lines[at][match.end(1) :]
            return "\n".join(lines)
    return None


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_a_resumed_analysis_finds_what_a_fresh_one_does(path):
    source = joined_source(path)
    cells = tuple(cell_first_lines(path)) if path.suffix == ".ipynb" else ()
    edited = _edited(source)
    if edited is None:
        pytest.skip("no top-level assignment of a number in the second half")
    resumed = _analysed(edited, cells, previous=_analysed(source, cells))
    assert _found(resumed) == _found(_analysed(edited, cells))


def test_most_corpus_files_resume():
    resumed = 0
    for path in corpus_files():
        source, edited = joined_source(path), _edited(joined_source(path))
        cells = tuple(cell_first_lines(path)) if path.suffix == ".ipynb" else ()
        if edited is not None and _analysed(edited, cells, _analysed(source, cells)).resumed_from:
            resumed += 1
    assert resumed >= len(corpus_files()) // 3


KEPT = """
import argparse
import torch

def zeros():
    return torch.zeros(n)

class Box:
    def __init__(self):
        self.items = [1]

parser = argparse.ArgumentParser()
parser.add_argument("--a", type=int, default=4)
boxes = [Box()]
n = 3
{padding}
first = zeros()
boxes[0].items.append(2)
second = torch.tensor(boxes[0].items)
parser.add_argument("--b", type=int, default={width})
args = parser.parse_args([])
third = torch.zeros(args.a, args.b)
n = 5
"""

NOT_KEPT = """
import torch

def counter():
    count = 2
    def grow():
        nonlocal count
        count += 1
        return torch.zeros(count)
    return grow

class Config:
    width = 3

grow = counter()
{padding}
first = grow()
Config.width = {width}
second = torch.zeros(Config.width)
"""


@pytest.mark.parametrize("cells", [False, True], ids=["file", "notebook"])
@pytest.mark.parametrize("program", [KEPT, NOT_KEPT], ids=["kept", "not-kept"])
def test_state_later_code_changed_is_never_resumed_from(program, cells):
    """Globals a function reads, objects in lists and argparse parsers changed after the checkpoint are seen as they
    were before it; a closure's variables and class attributes code may set keep the state from any checkpoint."""
    before = textwrap.dedent(program.format(padding="\n" * 30, width=7))
    after = before.replace("7", "8")
    lines = (0, before[: before.index("first = ")].count("\n")) if cells else ()
    resumed = _analysed(after, lines, previous=_analysed(before, lines))
    assert _found(resumed) == _found(_analysed(after, lines))
    assert bool(resumed.resumed_from) == (program is KEPT)
