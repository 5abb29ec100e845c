"""Engine tests: a `def` or `lambda` run again in one scope (a loop, a comprehension) makes a new function with
defaults of its own; where they differ from the earlier run's, neither function's calls take the earlier ones.
Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

REDEFINED = """
import torch

made = []
for k in range(1, 4):
    make = lambda n=k: torch.zeros(n)
    made.append(make())
first_made = made[0]
second_made = made[1]
for j in range(1, 3):

    def square(n=j):
        return torch.zeros(n, n)

    last_square = square()
makers = [lambda n=k: torch.zeros(n + 1) for k in range(3)]
first_maker = makers[0]()
for _ in range(2):

    def same(n=5):
        return torch.zeros(n)

    kept = same()
"""


def test_defaults_of_a_def_run_again_are_its_own(monkeypatch):
    found, truth = hints_and_truth(REDEFINED, monkeypatch)
    for name in ("first_made", "second_made", "last_square", "first_maker"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    assert found["kept"] == truth["kept"] == "[5]"
