"""Unit tests: a torch layer keeps a size given as a list as that list (a pooling's `kernel_size=[1, 3, 3]`, which
torch stores as given), so a subclass computing 'same' padding from `self.kernel_size[d]` and `self.stride[d]`
pads its input by known amounts."""

from engine_support import agrees, hints_and_truth

SAME_POOL = """
import torch
import torch.nn as nn
import torch.nn.functional as F


class SamePool3d(nn.MaxPool3d):
    def pad_for(self, dim, size):
        if size % self.stride[dim] == 0:
            return max(self.kernel_size[dim] - self.stride[dim], 0)
        return max(self.kernel_size[dim] - size % self.stride[dim], 0)

    def forward(self, x):
        pads = []
        for dim in (2, 1, 0):
            total = self.pad_for(dim, x.shape[dim + 2])
            pads += [total // 2, total - total // 2]
        return super().forward(F.pad(x, pads))


clip = torch.randn(2, 4, 7, 15, 16)
pooled = SamePool3d(kernel_size=[1, 3, 3], stride=(1, 2, 2))(clip)
window = torch.zeros(nn.AvgPool2d([2, 5]).kernel_size)
"""


def test_a_listed_pooling_size_is_known(monkeypatch):
    found, truth = hints_and_truth(SAME_POOL, monkeypatch)
    assert found["pooled"] == truth["pooled"] == "[2, 4, 7, 8, 8]"
    assert found["window"] == truth["window"] == "[2, 5]"


CHANGED = """
import torch
import torch.nn as nn

images = torch.randn(1, 3, 8, 8)
first = nn.MaxPool2d(kernel_size=[2, 2])
sizes = first.kernel_size
sizes[1] = 1
through_alias = first(images)
second = nn.MaxPool2d(kernel_size=[2, 2])
read = second.kernel_size
second.kernel_size[0] = 1
through_layer = second(images)
copied = torch.zeros(read)
third = nn.MaxPool2d(kernel_size=[2, 2])
third.kernel_size[0] = 1
third.kernel_size[1] = 1
twice = third(images)
"""


def test_a_listed_size_changed_in_place_changes_the_layer(monkeypatch):
    found, truth = hints_and_truth(CHANGED, monkeypatch)
    for name in ("through_alias", "through_layer", "copied", "twice"):
        assert name in found and agrees(found[name], truth[name]), name
    assert found["through_layer"] == truth["through_layer"] == "[1, 3, 8, 4]"
