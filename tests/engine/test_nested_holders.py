"""Unit tests: a list changed in place through one name is changed wherever it is held, also as the attribute of an
object that another object or a dict holds (`buf = self.memory.items; buf.append(x)`)."""

from engine_support import agrees, hints_and_truth

NESTED = """
import torch


class Memory:
    def __init__(self):
        self.items = [torch.zeros(1)]


class Agent:
    def __init__(self):
        self.memory = Memory()

    def remember(self, x):
        items = self.memory.items
        items.append(x)
        return self.memory.items[-1]


agent = Agent()
remembered = agent.remember(torch.zeros(5))
last_remembered = agent.memory.items[-1]
registry = {"memory": Memory()}
rows = registry["memory"].items
rows.append(torch.zeros(7))
last_registered = registry["memory"].items[-1]
"""


def test_a_list_changed_through_a_name_is_changed_in_the_objects_that_hold_it(monkeypatch):
    found, truth = hints_and_truth(NESTED, monkeypatch)
    for name in ("remembered", "last_remembered", "last_registered"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
