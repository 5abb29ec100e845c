"""Units behind hover: name sites in the syntax tree, method owners, functional/layer pairs, docstring examples."""

import ast

import torch
from torch_lsp.analysis.cursor import NameSites
from torch_lsp.analysis.source import blank_ipython
from torch_lsp.analysis.values import TensorValue
from torch_lsp.features.doc_examples import example_steps, matches_printed
from torch_lsp.features.functional_links import functional_of, layer_of
from torch_lsp.features.method_owners import defining_owner, method_owners


def test_every_name_segment_of_a_chain_is_a_site():
    line = "y = a.b(c)[0].d(e).f"
    sites = NameSites(ast.parse(line), [line])
    found = {line[s.start : s.end]: s for s in (sites.at(0, i) for i in range(len(line))) if s is not None}
    assert set(found) == {"y", "a", "b", "c", "d", "e", "f"}
    assert found["b"].dotted == ("a", "b") and found["b"].call is not None
    assert found["d"].dotted is None and found["d"].call is not None
    assert found["f"].dotted is None and found["f"].call is None


def test_columns_are_characters_after_non_ascii_text():
    line = "s = '张量'; y = x.view(2)"
    site = NameSites(ast.parse(line), [line]).at(0, line.index("view") + 1)
    assert site is not None and line[site.start : site.end] == "view"


def test_method_owners_come_from_torchs_classes():
    assert method_owners(torch, "view") == ("torch.Tensor",)
    assert method_owners(torch, "to")[:2] == ("torch.Tensor", "torch.nn.Module")
    assert "torch.optim.Optimizer" in method_owners(torch, "zero_grad")
    assert defining_owner(torch, "torch.nn.Linear", "to") == "torch.nn.Module"
    assert defining_owner(torch, "torch.nn.Linear", "forward") == "torch.nn.Linear"
    assert defining_owner(torch, "torch.nn.Linear", "weight") == "torch.nn.Linear"  # an instance attribute


def test_functional_forms_pair_with_their_layers():
    assert layer_of(torch, "torch.nn.functional.relu") == "torch.nn.ReLU"
    assert layer_of(torch, "torch.nn.functional.cross_entropy") == "torch.nn.CrossEntropyLoss"
    assert layer_of(torch, "torch.nn.functional.binary_cross_entropy_with_logits") == "torch.nn.BCEWithLogitsLoss"
    assert layer_of(torch, "torch.nn.functional.pad") is None
    assert functional_of(torch, "torch.nn.ReLU") == "torch.nn.functional.relu"


def test_docstring_steps_join_continuations_and_keep_outputs():
    doc = "Example::\n\n    >>> for i in range(2):\n    ...     x = i\n    >>> torch.zeros(2)\n    tensor([0., 0.])\n"
    steps = example_steps(doc)
    assert [s.statement for s in steps] == ["for i in range(2):\n    x = i", "torch.zeros(2)"]
    assert steps[1].output == "tensor([0., 0.])"


def test_a_printed_output_that_differs_is_not_a_match():
    value = TensorValue(torch.empty(2, device="meta"))
    assert matches_printed(value, "tensor([1., 2., 3.])", random=True) == (False, False)
    assert matches_printed(value, "tensor([1., 2.])", random=True) == (True, True)


def test_names_inside_nested_blocks_and_multi_line_statements_are_found():
    source = (
        "class A:\n    def f(self, x):\n        for i in range(2):\n            y = (x\n                 .view(2))\n"
    )
    lines = source.split("\n")
    sites = NameSites(ast.parse(source), lines)
    view = sites.at(4, lines[4].index("view") + 1)
    assert view is not None and view.dotted == ("x", "view")
    loop = sites.at(2, lines[2].index("range") + 1)
    assert loop is not None and loop.name == "range"


def test_a_modulo_line_inside_brackets_is_code_not_an_ipython_magic():
    text = 'print(\n    "%d/%d"\n    % (a, b.item())\n)\n%matplotlib inline\n!ls'
    assert blank_ipython(text).split("\n") == [*text.split("\n")[:4], "pass", "pass"]


def test_an_indented_ipython_magic_keeps_its_block():
    text = "if IN_COLAB:\n    !pip install gymnasium\nx = 1"
    assert blank_ipython(text).split("\n") == ["if IN_COLAB:", "    pass", "x = 1"]
