"""Unit tests: calling a generator function runs none of its body; what the body changes (a dict it was given, a
global, an object's attribute) is changed only as it is iterated, maybe never, so after the call it is the join
of before and after."""

from engine_support import agrees, hints_and_truth

CHANGES = """
import torch


def refill(d):
    for i in range(2):
        d["x"] = torch.zeros(9)
        yield i


def refill_global():
    for i in range(2):
        table["x"] = torch.zeros(9)
        yield i


class Stream:
    def __init__(self):
        self.last = torch.zeros(1)

    def batches(self):
        for i in range(2):
            self.last = torch.zeros(4, 4)
            yield i


def local_dict():
    cfg = {"x": torch.zeros(1)}
    batches = refill(cfg)
    return cfg["x"]


table = {"x": torch.zeros(1)}
given = {"x": torch.zeros(1)}
pending = refill(given)
before_next = given["x"]
next(pending)
after_next = given["x"]
pending_global = refill_global()
global_before = table["x"]
stream = Stream()
iterator = stream.batches()
last_before = stream.last
from_local = local_dict()
"""


def test_a_generators_changes_wait_for_its_iteration(monkeypatch):
    found, truth = hints_and_truth(CHANGES, monkeypatch)
    for name in ("before_next", "after_next", "global_before", "last_before", "from_local"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
