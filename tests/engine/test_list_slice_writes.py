"""Engine tests: `xs[a:b] = ys` on a list whose items are known, with int bounds and a list or tuple of known items,
splices those items in as Python does (a shape list built from a tensor's sizes keeps them), including a step's
windows; an extended slice given a different number of items raises and keeps nothing. Any iterable of known items
splices in alike: a torch.Size, a range, a string. Truths come from running
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


OTHER_ITERABLES = """
import torch

def broadcast_middle(values, like, start):
    window = slice(start, start + 2)
    target = [-1] * values.dim()
    target[window] = like.shape[window]
    return values.expand(*target)

widened = broadcast_middle(torch.randn(3, 1, 1, 5), torch.randn(3, 4, 6, 5), 1)
empty_window = broadcast_middle(torch.randn(2, 7), torch.randn(2, 7), 2)
sizes = [9, 9, 9]
sizes[:2] = range(2, 4)
counted = torch.zeros(sizes)
letters = [1, 1]
letters[1:] = "ab"
from_text = torch.zeros(len(letters), 3)
"""


def test_a_slice_write_splices_the_items_of_any_known_iterable(monkeypatch):
    found, truth = hints_and_truth(OTHER_ITERABLES, monkeypatch)
    for name in ("widened", "empty_window", "counted", "from_text"):
        assert found[name] == truth[name]
