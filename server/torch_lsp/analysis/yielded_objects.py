"""A generator that builds and yields a new object of one class on each pass (`yield Batch(src, tgt)` in a loop):
past the few options a join keeps apart, its items are summed up as one object standing for each of them, whose
attributes are the join of theirs, so that `for batch in data_gen(): batch.src` keeps what every batch holds.

def data_gen(n):
    for _ in range(n):
        yield Batch(torch.randint(1, 9, (16, 10)))   # ten different objects, each with src [16, 10]
"""

from __future__ import annotations

from .joins import join_all
from .symbols import Symbols
from .values import UserObject, Value


def summed_up(yields: list[Value], mark: int, symbols: Symbols) -> UserObject | None:
    """One object standing for every yielded one, when each was built by the generator (after `mark`, so no other
    code holds it), all of one class with the same attribute names; None otherwise."""
    objects = [value for value in yields if isinstance(value, UserObject)]
    if len(objects) < 2 or len(objects) != len(yields):
        return None
    first = objects[0]
    names = first.attributes.keys()
    if any(obj.serial <= mark or obj.cls is not first.cls or obj.attributes.keys() != names for obj in objects):
        return None
    summary = UserObject(first.cls, many=True)
    summary.attributes = {name: join_all([obj.attributes[name] for obj in objects], symbols) for name in names}
    return summary
