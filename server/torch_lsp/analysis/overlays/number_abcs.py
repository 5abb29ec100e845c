"""`numbers`: its abstract classes for `isinstance(x, numbers.Number)` and its kin (see instance_checks), as a
transform tells a size of one int from a pair: `(size, size)` if `isinstance(size, numbers.Number)`, else `size`."""

from __future__ import annotations

import numbers

from ..instance_checks import AbstractCollection
from ..values import Value

MEMBERS: dict[str, Value] = {
    name: AbstractCollection(getattr(numbers, name)) for name in ("Number", "Complex", "Real", "Rational", "Integral")
}
