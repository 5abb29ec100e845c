"""Engine tests: `xs[a:b] = ys` on a list whose items are known, with int bounds and a list or tuple of known items,
splices those items in as Python does (a shape list built from a tensor's sizes keeps them), including a step's
windows; an extended slice given a different number of items raises and keeps nothing. Truths come from running
each program."""

from engine_support import hints_and_truth

SPLICED_SHAPES = """
import torch

def index_points(points, idx):
    B = points.shape[0]
    view_shape = list(idx.shape)
    view_shape[1:] = [1] * (len(view_shape) - 1)
    repeat_shape = list(idx.shape)
    repeat_shape[0] = 1
    batch_indices = torch.arange(B, dtype=torch.long).view(view_shape).repeat(repeat_shape)
    return points[batch_indices, idx, :]

points = torch.randn(4, 10, 3)
picked = index_points(points, torch.randint(0, 10, (4, 6)))
grouped = index_points(points, torch.randint(0, 10, (4, 6, 5)))
sizes = [2, 3, 4, 5]
sizes[1:3] = (7,)
shorter = torch.zeros(sizes)
every = [2, 3, 4, 5]
every[::2] = [6, 8]
stepped = torch.zeros(every)
"""


def test_a_slice_write_splices_known_items_into_a_known_list(monkeypatch):
    found, truth = hints_and_truth(SPLICED_SHAPES, monkeypatch)
    for name in ("picked", "grouped", "shorter", "stepped"):
        assert found[name] == truth[name]
