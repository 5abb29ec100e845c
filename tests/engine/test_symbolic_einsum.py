"""Engine tests: `torch.einsum` on sizes read at run time is built from its equation (torch's own kernel spends a
guard on every size it compares); the result has torch's sizes and torch's layout, so a `view` that a permuted
result refuses is refused as in a run."""

import pytest
import torch
from engine_support import agrees, hints_and_truth
from torch_lsp.analysis import symbolic_einsum
from torch_lsp.analysis.symbols import Symbols

EINSUMS = """
import argparse
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--nodes", type=int, default=7)
parser.add_argument("--features", type=int, default=5)
parser.add_argument("--heads", type=int, default=3)
parser.add_argument("--batch", type=int, default=4)
args = parser.parse_args()

supports = torch.randn(2, args.nodes, args.nodes)
x = torch.randn(args.batch, args.nodes, args.features)
q = torch.randn(args.batch, args.heads, args.nodes, args.features)
k = torch.randn(args.batch, args.heads, args.nodes, args.features)
mixed = torch.einsum("knm,bmc->bknc", supports, x)
flat = mixed.reshape(args.batch, -1)
scores = torch.einsum("bhid,bhjd->bhij", q, k)
rows = scores.view(args.batch, args.heads, -1)
outer = torch.einsum("b i d, b j d -> b i j", x, x)
implicit = torch.einsum("bnc,bmc", x, x)
batched = torch.einsum("...nc,...mc->...nm", q, k)
listed = torch.einsum("bnc->bcn", [x])
"""


def test_einsum_on_sizes_read_at_run_time_has_each_output_letter_size(monkeypatch):
    found, truth = hints_and_truth(EINSUMS, monkeypatch)
    names = ("mixed", "flat", "scores", "rows", "outer", "implicit", "batched", "listed")
    assert all(agrees(found.get(name), truth[name]) for name in names), (found, truth)
    assert found["mixed"] == "[batch, 2, nodes, features]" and found["batched"] == "[batch, heads, nodes, nodes]"


@pytest.mark.parametrize(
    ("equation", "shapes"),
    [
        ("knm,bmc->bknc", [("k", "n", "n"), ("b", "n", "c")]),
        ("bnki,nkio->bno", [("b", "n", "k", "i"), ("n", "k", "i", "o")]),
        ("bhid,bhjd->bhij", [("b", "h", "i", "d"), ("b", "h", "j", "d")]),
        ("bij,bjk->bki", [("b", "i", "j"), ("b", "j", "k")]),
        ("...ij,...jk->...ik", [("b", "i", "j"), ("b", "j", "k")]),
        ("bi,bj", [("b", "i"), ("b", "j")]),
        ("nd,dkio->nkio", [("n", 3), (3, "k", "i", "o")]),
    ],
)
def test_built_einsum_has_torchs_sizes_and_layout(equation, shapes):
    symbols = Symbols()
    with symbols.mode(), torch.device("meta"):
        sizes = {name: symbols.named_unknown(name) for shape in shapes for name in shape if isinstance(name, str)}
        tensors = [torch.empty([sizes.get(d, d) for d in shape]) for shape in shapes]
        built = symbolic_einsum._built(equation, tensors)
        expected = torch.einsum(equation, *tensors)
    assert built is not None
    assert [str(s) for s in built.shape] == [str(s) for s in expected.shape]
    for values in ({s.node.expr: 2 + i for i, s in enumerate(sizes.values())}, dict.fromkeys(_exprs(sizes), 1)):
        assert _strides(built, values) == _strides(expected, values)


def test_sizes_that_may_differ_or_one_operand_run_torchs_einsum():
    symbols = Symbols()
    with symbols.mode(), torch.device("meta"):
        a, b = symbols.named_unknown("a"), symbols.named_unknown("b")
        assert symbolic_einsum._built("ij,jk->ik", [torch.empty(a, b), torch.empty(a, b)]) is None
        assert symbolic_einsum._built("ij,jk->ik", [torch.empty(a, 1), torch.empty(3, b)]) is None
        assert symbolic_einsum._built("ij->ji", [torch.empty(a, b)]) is None  # a view of its operand


def _exprs(sizes):
    return [s.node.expr for s in sizes.values()]


def _strides(tensor, values):
    """The strides of the dimensions longer than 1 when the symbols take `values`."""
    sizes = (*tensor.shape, *tensor.stride())
    at = [int(x) if isinstance(x, int) else int(x.node.expr.xreplace(values)) for x in sizes]
    shape, strides = at[: tensor.dim()], at[tensor.dim() :]
    return [stride for size, stride in zip(shape, strides, strict=True) if size != 1]
