"""In-place tensor methods that change sizes (`x.unsqueeze_(0)`, `x.t_()`, `x.resize_(6)`, `x.new().resize_as_(y)`),
`x.data = t` and `out=`: the name holds the new tensor afterwards, the hint where the tensor was made keeps the sizes
it was made with, and analysing the program again (the op cache warm) gives the same hints."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

RESHAPED = """
import torch

x = torch.randn(3, 4)
x.unsqueeze_(0)
unsqueezed = x + 1

y = torch.randn(3, 4)
alias = y
y.t_()
transposed = alias * 2

z = torch.randn(2, 5)
z.data = torch.randn(7, 5)
replaced = z + 0

w = torch.randn(2, 3)
w.resize_(6)
resized = w + 0
grown = w.new().resize_((4, 2)).bernoulli_(0.5)
like = w.new().resize_as_(unsqueezed)

out = torch.empty(0)
torch.add(torch.randn(3), 1, out=out)
written = out * 1

kept = torch.randn(4, 1)
kept.add_(1)
added = kept + 0
"""


def test_an_in_place_reshape_changes_the_tensor_from_then_on(monkeypatch):
    found, truth = hints_and_truth(RESHAPED, monkeypatch)
    for name in ("unsqueezed", "replaced", "resized", "grown", "like", "written", "added"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
    assert found["x"] == "[3, 4]", "the hint where x was made shows the sizes it was made with"
    transposed = found.get("transposed")  # another name for the tensor holds either
    assert transposed in (None, truth["transposed"]) or "?" in transposed, f"transposed: {transposed}"


def test_the_same_program_analysed_twice_gets_the_same_hints():
    source = textwrap.dedent(RESHAPED)
    runs = [analyse(source, torch, "cpu", 4096, 30.0) for _ in range(2)]
    first, second = ({(b.line, b.name): run.shape_text(b.value) for b in run.hints()} for run in runs)
    assert first == second
