"""Engine tests: a list or dict that `functools.partial` or a closure keeps (held by a name or in a dict) is the very
object, so a change in place made after it was kept is what a later call sees. Truths come from running the
snippet."""

from engine_support import agrees, hints_and_truth

KEPT = """
import functools
import torch


def make(config):
    return torch.zeros(config["n"], 3)


def closure(config):
    def inner():
        return torch.zeros(config["n"])

    return inner


config = {"n": 4}
build = functools.partial(make, config)
read = closure(config)
table = {"build": functools.partial(make, config), "read": closure(config)}
config["n"] = 7
partial_sees = build()
closure_sees = read()
table_partial_sees = table["build"]()
table_closure_sees = table["read"]()
sizes = [2]
build_one = functools.partial(lambda s: torch.zeros(s[0]), sizes)
sizes[0] = 5
list_sees = build_one()
untouched = functools.partial(make, {"n": 6})()
"""


def test_kept_objects_changed_in_place_are_seen_by_later_calls(monkeypatch):
    found, truth = hints_and_truth(KEPT, monkeypatch)
    for name in ("partial_sees", "closure_sees", "table_partial_sees", "table_closure_sees", "list_sees"):
        assert agrees(found.get(name), truth[name]), (name, found.get(name), truth[name])
    assert found["untouched"] == truth["untouched"] == "[6, 3]"
