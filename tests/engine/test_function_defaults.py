"""Default arguments are computed once, where the `def` runs (a method's in its class body), and a default list
the function changes is changed for every later call (a repeat of the call that changed it is not answered from
the memo), while an int default is never changed, by `+=` on a name or an entry holding it; `xs += [x]` extends
the list for every name holding it."""

from engine_support import agrees, hints_and_truth

DEFAULTS = """
import torch

BATCH = 4


def make(batch=BATCH):
    return torch.zeros(batch)


BATCH = 8
made_with_the_old_value = make()


class Layer:
    WIDTH = 3

    def build(self, width=WIDTH):
        return torch.zeros(width)


from_the_class_body = Layer().build()


def remember(value, seen=[]):
    seen.append(value)
    return torch.tensor(seen)


remember(1.0)
second_call = remember(2.0)


def collect(value, acc=[]):
    acc.append(value)
    return torch.stack(acc)


step = torch.randn(3)
collect(step)
collected_again = collect(step)


def counts(keys, start=4):
    table = {}
    for key in keys:
        if key not in table:
            table[key] = start
        else:
            table[key] += 1
    return table


counts(["a", "b", "a"])
from_an_int_default = torch.zeros(counts(["c"])["c"])


def bump(n=3):
    n += 1
    return n


bump()
after_a_rebound_default = torch.zeros(bump())

rows = [torch.randn(2)]
same_list = rows
rows += [torch.randn(2)]
through_the_other_name = torch.stack(same_list)
"""


def test_defaults_are_what_python_computed_when_the_def_ran(monkeypatch):
    found, truth = hints_and_truth(DEFAULTS, monkeypatch)
    for name in ("made_with_the_old_value", "from_the_class_body", "from_an_int_default", "after_a_rebound_default"):
        assert found.get(name) == truth[name], f"{name}: {found.get(name)}, ran as {truth[name]}"
    for name in ("second_call", "collected_again", "through_the_other_name"):
        hint = found.get(name)
        assert hint is None or hint == truth[name] or "?" in hint, f"{name}: {hint}, ran as {truth[name]}"


HELD_DEFAULTS = """
import torch


def resized(n, buf=torch.zeros(3)):
    buf.resize_(n)
    return buf


first_result = resized(4)
resized(5)
first_result_now = first_result + 0


def gathered(x, acc=[]):
    acc.append(x)
    return acc


held_list = gathered(torch.zeros(2))
gathered(torch.zeros(2))
stacked_later = torch.stack(held_list)
"""


def test_what_a_default_became_is_changed_by_a_later_call_that_takes_it(monkeypatch):
    found, truth = hints_and_truth(HELD_DEFAULTS, monkeypatch)
    for name in ("first_result_now", "stacked_later"):
        assert agrees(found.get(name), truth[name]), f"{name}: {found.get(name)}, ran as {truth[name]}"
