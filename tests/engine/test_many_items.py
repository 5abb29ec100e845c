"""Engine tests: a list built past the unroll limit holds one value for all its items. A factory makes a new
closure scope each call, and a class a new object: the counted items get copies of their own, and where one value
stands for the items (also in a copy a memoised call gives) a write through one item may leave the others as they
were. Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

ITEMS = """
import torch


def counter():
    n = 2

    def step():
        nonlocal n
        n += 1
        return torch.zeros(n)

    return step


class Holder:
    def __init__(self):
        self.w = torch.zeros(2)


counted = [counter() for _ in range(40)]
first_step = counted[0]()
other_first_step = counted[1]()
second_step = counted[1]()
size = int(torch.randint(5, 6, (1,)))
open_steps = [counter() for _ in range(size)]
open_first = open_steps[0]()
open_other = open_steps[1]()
holders = [Holder() for _ in range(size)]
holders[0].w = torch.zeros(5)
other_holder = holders[1].w
def build(count):
    return [Holder() for _ in range(count)]


built = build(size)
again = build(size)
again[0].w = torch.zeros(7)
other_again = again[1].w
keyed = {k: Holder() for k in range(size)}
keyed[0].w = torch.zeros(6)
other_keyed = keyed[1].w
"""


def test_items_made_by_a_factory_do_not_share_their_state(monkeypatch):
    found, truth = hints_and_truth(ITEMS, monkeypatch)
    assert found["first_step"] == truth["first_step"] == "[3]"
    assert found["other_first_step"] == truth["other_first_step"] == "[3]"
    assert found["second_step"] == truth["second_step"] == "[4]"
    for name in ("open_first", "open_other", "other_holder", "other_again", "other_keyed"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
