"""Unit tests: joining two tensors laid out alike but for a size only the data decides (a transposed view of a
sequence that grows in a loop, joined with one of a fixed length) compares their strides without a guard, whose
error costs milliseconds to build (joins compare thousands of probes in a large program)."""

from engine_support import agrees, hints_and_truth
from torch.fx.experimental import symbolic_shapes

GROWING = """
import torch

memory = torch.randn(1, 10, 512)
ys = torch.zeros(1, 1)
for i in range(9):
    heads = torch.randn(1, ys.size(1), 512).view(1, -1, 8, 64).transpose(1, 2)
    keys = memory.view(1, -1, 8, 64).transpose(1, 2)
    either = heads if i % 2 else keys
    ys = torch.cat([ys, torch.zeros(1, 1)], dim=1)
"""


def test_strides_of_data_sized_views_join_without_a_guard(monkeypatch):
    built = []
    make_error = symbolic_shapes.ShapeEnv._make_data_dependent_error

    def counted(self, *args, **kwargs):
        built.append(args)
        return make_error(self, *args, **kwargs)

    monkeypatch.setattr(symbolic_shapes.ShapeEnv, "_make_data_dependent_error", counted)
    hints, truth = hints_and_truth(GROWING, monkeypatch)
    assert not built
    assert hints["keys"] == truth["keys"] == "[1, 8, 10, 64]"
    assert hints["either"] == "[1, 8, ?, 64]" and agrees(hints["either"], truth["either"])
