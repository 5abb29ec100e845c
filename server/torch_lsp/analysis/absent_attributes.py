"""`hasattr(obj, "name")` of a user object that was not given the attribute: when the program sets that name only
as `self.name = ...` in classes' `__init__` bodies (never elsewhere, by `setattr`, through `__dict__`, or by
calling `__init__` again), an object that its construction did not give it never has it, unless its class, a
base or torch's `nn.Module` defines the name or a `__getattr__` answers for any name."""

from __future__ import annotations

import functools
from typing import Any

from .inheritance import derives_dict, mro
from .interp_api import InterpreterApi
from .values import TorchRef, UserClass, UserObject

_LOOKUPS = ("__getattr__", "__getattribute__")


def lacks_attribute(interp: InterpreterApi, owner: UserObject, name: str) -> bool:
    """Whether `owner` certainly has no attribute `name` (see the module's docstring)."""
    if name in owner.attributes or interp.may_set_after_init(name) or derives_dict(owner.cls):
        return False
    order = mro(owner.cls)
    if order is None:
        return False
    return all(_lacks(interp.torch, ancestor, name) for ancestor in order)


def _lacks(torch: Any, ancestor: UserClass | TorchRef, name: str) -> bool:
    if isinstance(ancestor, TorchRef):
        return ancestor.obj is torch.nn.Module and not hasattr(torch.nn.Module, name) and name not in _module_state()
    if ancestor.opaque or ancestor.record is not None:
        return False
    defined = {*ancestor.methods, *ancestor.attributes}
    return name not in defined and not defined.intersection(_LOOKUPS)


@functools.cache
def _module_state() -> frozenset[str]:
    """The attributes `nn.Module.__init__` gives every module."""
    import torch

    return frozenset(vars(torch.nn.Module()))
