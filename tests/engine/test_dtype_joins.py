"""Unit tests: a tensor converted to another floating dtype on some paths only keeps its shape where the paths
merge, its dtype not known: ops keep the shape, a factory given that dtype runs once per dtype it may be, and a
call that raises only for some of its possible dtypes is no error (the paths that reach the next line are those that
did not raise)."""

import textwrap

import pytest
import torch
from engine_support import executed
from torch_lsp.analysis.engine import analyse

CONVERTED = """
import os
import torch
import torch.nn as nn

x = torch.randn(4, 10)
if os.environ.get("HALF"):
    x = x.half()
scaled = x * 2
summed = scaled.sum(1)
positive = (x > 0).long()
back = x.float()
flat = x.view(-1)
square = x @ x.t()
lin = nn.Linear(10, 3)
out = lin(back)
bytes_view = x.view(torch.uint8)
sized = torch.zeros(x.element_size(), 2)
same_kind = torch.zeros(3, 2, dtype=x.dtype)
"""

MAY_RAISE = """
import os
import torch
import torch.nn as nn

x = torch.randn(4, 10).{first}()
if os.environ.get("CONVERT"):
    x = x.{then}()
layer = nn.Linear(10, 3)
out = layer(x)
"""


def _engine(source: str):
    return analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)


def _hints(analysis) -> dict[str, str]:
    return {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}


def test_a_dtype_converted_on_one_path_keeps_the_shape(monkeypatch):
    analysis = _engine(CONVERTED)
    found = _hints(analysis)
    runs = [executed(CONVERTED, "HALF", value, monkeypatch) for value in ("", "1")]
    for name in ("x", "scaled", "summed", "positive", "back", "flat", "square", "out", "same_kind"):
        assert found[name] == str(list(runs[0][name])) == str(list(runs[1][name])), name
    assert runs[0]["bytes_view"] != runs[1]["bytes_view"] and "bytes_view" not in found  # a dtype's size
    assert runs[0]["sized"] != runs[1]["sized"] and found["sized"] == "[?, 2]"
    assert analysis.issues == []
    dtypes = {b.name: b.value.dtype_name for b in analysis.hints() if b.name in ("scaled", "positive", "back")}
    assert dtypes == {"scaled": "?", "positive": "int64", "back": "float32"}


@pytest.mark.parametrize(("first", "then", "runs"), [("half", "float", "1"), ("float", "half", "")])
def test_a_call_that_raises_for_one_possible_dtype_is_no_error(first, then, runs, monkeypatch):
    source = MAY_RAISE.format(first=first, then=then)
    analysis = _engine(source)
    assert _hints(analysis)["out"] == str(list(executed(source, "CONVERT", runs, monkeypatch)["out"]))
    with pytest.raises(RuntimeError):  # the half path raises: it never reaches the hint
        executed(source, "CONVERT", "" if runs else "1", monkeypatch)
    assert analysis.issues == []
