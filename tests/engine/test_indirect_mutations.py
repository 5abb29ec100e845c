"""Engine tests: a container or object changed in place by a method not called on its name (a bound method held
elsewhere, a method read off its type, `operator.setitem`, a dunder method) is changed wherever it is held, or
forgotten where the change is not modelled (a held method may have read its receiver before earlier calls changed
it). Truths come from running the snippet."""

from engine_support import agrees, hints_and_truth

INDIRECT = """
import operator
import sys
import torch

class Box:
    def __init__(self):
        self.t = torch.zeros(2)

class Ops:
    pass

class Cfg:
    width = 4

table = {"x": torch.zeros(2)}
operator.setitem(table, "x", torch.zeros(5))
by_operator = table["x"]
typed = {"x": torch.zeros(2)}
dict.__setitem__(typed, "x", torch.zeros(5))
by_type = typed["x"]
held = {"x": torch.zeros(2)}
setter = held.__setitem__
setter("x", torch.zeros(5))
by_held_method = held["x"]
rows = [torch.zeros(2), torch.zeros(3)]
rows.__delitem__(0)
after_delete = rows[0]
grown = [torch.zeros(2)]
grown.__iadd__([torch.zeros(3)])
after_iadd = grown[-1]
reset = {"x": torch.zeros(2)}
reset.__init__(x=torch.zeros(4))
after_init = reset["x"]
pushed = [torch.zeros(2)]
push = pushed.append
push(torch.zeros(3))
after_push = pushed[-1]
buffer = []
growers = [buffer.append, buffer.extend]
growers[0](torch.zeros(3))
growers[1]([torch.zeros(4)])
after_stale_receiver = buffer[-1]
rebuilt = [torch.zeros(2)]
add_row = rebuilt.append
rebuilt.clear()
rebuilt.append(torch.zeros(5))
add_row(torch.zeros(3))
after_rebuild = rebuilt[-1]
fetched = [torch.zeros(2)]
add_fetched = getattr(fetched, "append")
fetched.clear()
fetched.append(torch.zeros(5))
add_fetched(torch.zeros(3))
after_fetched_push = fetched[-1]
ops = Ops()
stored = [torch.zeros(2)]
ops.add = stored.append
ops.add(torch.zeros(4))
after_stored_push = stored[-1]
appended = [torch.zeros(2)]
list.append(appended, torch.zeros(3))
by_list_append = appended[-1]
box = Box()
object.__setattr__(box, "t", torch.zeros(6))
by_object_setattr = box.t
other = Box()
other.__setattr__("t", torch.zeros(7))
by_own_setattr = other.t
cfg = Cfg()
chosen = "width" if len(sys.argv) < 5 else "other"
cfg.__setattr__(chosen, 9)
by_unknown_name = torch.zeros(cfg.width)
"""


def test_indirect_changes_reach_what_holds_the_object(monkeypatch):
    found, truth = hints_and_truth(INDIRECT, monkeypatch)
    assert all(agrees(found.get(name), shape) for name, shape in truth.items())
    assert truth["after_stale_receiver"] == "[4]" and truth["after_rebuild"] == truth["after_fetched_push"] == "[3]"
    for name in ("by_list_append", "by_object_setattr", "by_own_setattr"):
        assert found[name] == truth[name]
