"""A file's hints are a function of its contents: not of the probe values behind symbols, nor of the files
analysed before it in the same process (the op cache is shared by every analysis)."""

import os
from pathlib import Path

import pytest
import shape_truth
import torch
from torch_lsp.analysis import engine
from torch_lsp.analysis.op_cache import OpCache

BUG_CORPUS = Path(__file__).parent.parent / "corpora" / "bug_corpus"
# Programs kept outside the repository (the wild set: TORCH_LSP_WILD=/work/wild/programs) join when given.
WILD = Path(os.environ["TORCH_LSP_WILD"]) if os.environ.get("TORCH_LSP_WILD") else None
FILES = (
    shape_truth.corpus_files()
    + sorted((BUG_CORPUS / "buggy").glob("*.py"))
    + sorted((BUG_CORPUS / "fixed").glob("*.py"))
    + (sorted(p for p in WILD.iterdir() if p.suffix in (".py", ".ipynb")) if WILD else [])
)
Hints = dict[tuple[int, int], str]


def hints(path: Path, first_hint: int = 1009) -> Hints:
    """(line, column) -> rendered shape of every hint of one corpus file, with the process's op cache."""
    cells = tuple(shape_truth.cell_first_lines(path)) if path.suffix == ".ipynb" else ()
    source = shape_truth.joined_source(path)
    analysis = engine.analyse(source, torch, "cpu", 4096, 60.0, cell_lines=cells, first_hint=first_hint)
    assert analysis.completed, f"{path.name}: the analysis did not finish"
    return {(b.line, b.column): analysis.shape_text(b.value) for b in analysis.hints()}


def _key(path: Path) -> str:
    return str(path)


def alone() -> dict[str, Hints]:
    """Each file's hints when it is the first one analysed (an empty op cache)."""
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        for path in FILES:
            patch.setattr(engine, "OP_CACHE", OpCache())
            found[_key(path)] = hints(path)
    return found


def test_hints_depend_neither_on_probe_values_nor_on_what_was_analysed_before(monkeypatch):
    """One pass in reverse order with a shared cache and other probe values gives every file's hints alone."""
    expected = alone()
    monkeypatch.setattr(engine, "OP_CACHE", OpCache())
    shared = {_key(path): hints(path, first_hint=7919) for path in reversed(FILES)}
    changed = sorted(name for name in expected if shared[name] != expected[name])
    assert not changed, f"hints changed with the probe values or the files analysed before: {changed}"


LAYERS_ALIKE = [
    "loss = nn.CrossEntropyLoss()\nout = loss(torch.randn(4, 3), torch.tensor([0, 1, 2, 0]))",
    'loss = nn.CrossEntropyLoss(reduction="none")\nout = loss(torch.randn(4, 3), torch.tensor([0, 1, 2, 0]))',
    "loss = nn.BCEWithLogitsLoss(pos_weight=torch.ones(3))\nout = loss(torch.rand(4, 3), torch.rand(4, 3))",
]
RAISING_TWIN = "loss = nn.BCEWithLogitsLoss(pos_weight=torch.ones(5))\nout = loss(torch.rand(4, 3), torch.rand(4, 3))"


@pytest.mark.parametrize("order", [1, -1], ids=["forward", "reversed"])
def test_layers_whose_repr_and_weights_agree_keep_their_own_results(order, monkeypatch):
    """A loss's `reduction` and its `pos_weight` buffer decide its result, though its repr is the same."""
    from engine_support import hints_and_truth

    monkeypatch.setattr(engine, "OP_CACHE", OpCache())
    engine.analyse(f"import torch\nfrom torch import nn\n{RAISING_TWIN}\n", torch, "cpu", 4096, 30.0)
    for body in LAYERS_ALIKE[::order]:
        found, truth = hints_and_truth(f"import torch\nfrom torch import nn\n{body}\n", monkeypatch)
        assert found.get("out") == truth["out"], body


def test_a_layer_holding_a_torch_function_is_keyed_by_it(monkeypatch):
    """A decoder layer keeps its activation (F.relu) as an attribute: named by its module and name, the call is
    cached and run as before, keyword arguments and mask included."""
    from engine_support import hints_and_truth

    source = (
        "import torch\nfrom torch import nn\n"
        "layer = nn.TransformerDecoderLayer(d_model=16, nhead=2, dim_feedforward=32, batch_first=True)\n"
        "decoder = nn.TransformerDecoder(layer, num_layers=2)\n"
        "mask = torch.triu(torch.ones(24, 24), diagonal=1).bool()\n"
        "out = decoder(tgt=torch.randn(6, 24, 16), memory=torch.randn(6, 1, 16), tgt_mask=mask)\n"
    )
    monkeypatch.setattr(engine, "OP_CACHE", OpCache())
    found, truth = hints_and_truth(source, monkeypatch)
    assert found.get("out") == truth["out"]
