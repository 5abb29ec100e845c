"""Engine tests: the value a name holds at a line (what hover and completion read) is the binding that reaches the
line: the latest one when it runs on every path there (a `with` body included), none where another binding may
reach it with another shape (a branch, a loop that may not run or runs again, a `for` target after its loop)."""

import textwrap

import torch
from torch_lsp.analysis.engine import Analysis, analyse
from torch_lsp.analysis.values import TensorValue

SOURCE = textwrap.dedent(
    """
    import os
    import torch
    x = torch.zeros(4, 3)
    with torch.no_grad():
        pooled = x.sum(0)
    if os.environ.get("CUT"):
        x = x[:2]
    print(x, pooled)
    row = torch.zeros(5)
    for row in torch.zeros(int(os.environ.get("ROWS", "0")), 3):
        print(row)
    print(row)
    y = torch.zeros(1)
    for step in range(3):
        print(y)
        y = torch.zeros(2)
    """
)


def _line(text: str, nth: int = 1) -> int:
    lines = SOURCE.split("\n")
    return [i for i, line in enumerate(lines) if line.strip() == text][nth - 1]


def _shape(analysis: Analysis, name: str, line: int) -> str | None:
    value = analysis.value_at(name, line)
    return analysis.shape_text(value) if isinstance(value, TensorValue) else None


def test_values_reach_a_line_only_where_every_path_agrees():
    analysis = analyse(SOURCE, torch, "cpu", 4096, 30.0)
    names: dict[str, torch.Tensor] = {}
    exec(SOURCE, names)
    at_print = _line("print(x, pooled)")
    assert _shape(analysis, "pooled", at_print) == str(list(names["pooled"].shape))
    assert analysis.value_at("x", at_print) is None  # [4, 3] or [2, 3]
    assert _shape(analysis, "row", _line("print(row)")) == "[3]"  # inside the loop
    assert analysis.value_at("row", _line("print(row)", 2)) is None  # [5] when the loop did not run
    assert analysis.value_at("y", _line("print(y)")) is None  # [1], then [2] on the next passes


CALLED = textwrap.dedent(
    """
    import os
    import torch

    def scaled(x):
        return x * 2

    known = scaled(torch.zeros(2))
    loaded = scaled(torch.load(os.environ["WEIGHTS"]) if os.environ.get("WEIGHTS") else torch.zeros(3, 3))
    """
)


def test_a_parameter_has_no_shape_where_a_call_passes_an_unknown_value():
    analysis = analyse(CALLED, torch, "cpu", 4096, 30.0)
    inside = CALLED.split("\n").index("    return x * 2")
    names: dict[str, torch.Tensor] = {}
    exec(CALLED, names)
    assert (names["known"].shape, names["loaded"].shape) == ((2,), (3, 3))
    assert not isinstance(analysis.value_at("x", inside), TensorValue)  # [2], then [3, 3] (unknown to the engine)
