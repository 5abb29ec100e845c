"""Engine tests: `f.__defaults__` and `f.__kwdefaults__` assigned give later calls the new defaults (the last
positional parameters take `__defaults__`'s items), and once read they may be changed unseen. Truths come from
running the snippet."""

from engine_support import hints_and_truth

DEFAULTS = """
import torch


def positional(n=3):
    return torch.zeros(n)


def keyword(*, n=3):
    return torch.zeros(n)


def both(a, n=2):
    return torch.zeros(a, n)


def read(*, n=3):
    return torch.zeros(n)


before = positional()
positional.__defaults__ = (5,)
after = positional()
keyword.__kwdefaults__ = {"n": 6}
keyword_after = keyword()
both.__defaults__ = (4, 7)
both_defaults = both()
both.__defaults__ = (8,)
last_default = both(2)
read.__kwdefaults__["n"] = 9
changed_unseen = read()
"""


def test_assigned_defaults_are_what_later_calls_use(monkeypatch):
    found, truth = hints_and_truth(DEFAULTS, monkeypatch)
    assert found["before"] == truth["before"] == "[3]"
    assert found["after"] == truth["after"] == "[5]"
    assert found["keyword_after"] == truth["keyword_after"] == "[6]"
    assert found["both_defaults"] == truth["both_defaults"] == "[4, 7]"
    assert found["last_default"] == truth["last_default"] == "[2, 8]"
    assert truth["changed_unseen"] == "[9]" and "changed_unseen" not in found
