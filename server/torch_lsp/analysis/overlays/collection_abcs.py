"""`collections.abc`: its classes for `isinstance(x, Iterable)` and its kin (see instance_checks), as timm's
`to_2tuple` tests a size: `tuple(x)` if `isinstance(x, Iterable)` and not a str, else `(x, x)`."""

from __future__ import annotations

import collections.abc

from ..instance_checks import AbstractCollection
from ..values import Value
from .submodules import Submodule

_NAMES = ("Iterable", "Sized", "Container", "Collection", "Sequence", "MutableSequence", "Mapping", "MutableMapping")

CLASSES: dict[str, Value] = {name: AbstractCollection(getattr(collections.abc, name)) for name in _NAMES}
MEMBERS: dict[str, Value] = {"abc": Submodule(CLASSES), **{f"abc.{name}": cls for name, cls in CLASSES.items()}}
