"""`type(x)` compared with classes (`type(data) in (tuple, list)`, `type(out) is list`, `type(x) == C`): the answer is
certain where x's exact class is known: a constant's, a tensor's (never a builtin class or a layer class; whether it
is a plain tensor or a Parameter is not kept), a torch layer's, a user object's, a dict's; a sequence the engine
keeps as a tuple may be a list (see instance_checks), so only a test naming both is certain for it."""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .callables import Builtin
from .instance_checks import BUILTIN_TYPES, AbstractCollection
from .interp_api import InterpreterApi
from .values import (
    UNKNOWN,
    Const,
    Container,
    Modelled,
    Sequence,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
)

if TYPE_CHECKING:
    from .values import Value


@dataclass(frozen=True, eq=False)
class TypeOf(Modelled):
    """`type(value)`: the class of `value`, known through what is known of `value`."""

    value: Value


def type_builtin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`type(x)` with one argument."""
    return TypeOf(args[0]) if len(args) == 1 and not kwargs else UNKNOWN


def exact_class(of: TypeOf) -> str | UserClass | None:
    """The class `type(x)` is where it is certain, so that calling it calls that class: a constant's builtin class
    (by its name), a user object's class; None otherwise."""
    value = of.value
    if isinstance(value, Const) and type(value.value).__name__ in BUILTIN_TYPES:
        return type(value.value).__name__
    return value.cls if isinstance(value, UserObject) else None


def type_is(left: TypeOf, classes: Value, positive: bool) -> Value:
    """`type(x) is C` / `type(x) in (C, D)` (with `positive` False: `is not` / `not in`): Const when certain."""
    if isinstance(classes, Sequence) and classes.kind == "tuple":
        if classes.items is None:
            return UNKNOWN
        options = list(classes.items)
    else:
        options = [classes]
    names = {c.name for c in options if isinstance(c, Builtin)}
    value = left.value
    if isinstance(value, Sequence) and value.kind in ("tuple", "list") and {"tuple", "list"} <= names:
        return Const(positive)
    answers = [_is_exactly(value, cls) for cls in options]
    if True in answers:
        return Const(positive)
    return Const(not positive) if answers and None not in answers else UNKNOWN


def _is_exactly(value: Value, cls: Value) -> bool | None:
    """Whether `type(value) is cls`; None when it cannot be told."""
    if isinstance(cls, Builtin) and cls.name in BUILTIN_TYPES:
        kind = BUILTIN_TYPES[cls.name]
        if isinstance(value, Const):
            return type(value.value) is kind
        if isinstance(value, (TensorValue, TorchModule, Container, UserObject)):
            return False
        if isinstance(value, Sequence) and value.kind == "dict":
            return kind is dict
        if isinstance(value, Sequence) and value.kind in ("tuple", "list"):
            return None if kind in (tuple, list) else False
        return None
    if isinstance(cls, UserClass):
        if isinstance(value, UserObject):
            return True if value.cls is cls else None if value.cls.node is cls.node else False
        return False if isinstance(value, (Const, TensorValue, TorchModule, Container, Sequence)) else None
    if isinstance(cls, TorchRef) and inspect.isclass(cls.obj):
        return _is_exactly_torch(value, cls.obj)
    if isinstance(cls, AbstractCollection):
        return cls.is_type_of(value)
    return None


def _is_exactly_torch(value: Value, cls: type) -> bool | None:
    import torch

    if isinstance(value, TensorValue):
        return None if issubclass(cls, torch.Tensor) else False
    if isinstance(value, TorchModule):
        wrapped = issubclass(cls, (torch.nn.DataParallel, torch.nn.parallel.DistributedDataParallel))
        lazy = type(value.module).__name__.startswith("Lazy")  # built as its lazy counterpart (see lazy_layers)
        return None if wrapped or lazy else type(value.module) is cls
    if isinstance(value, Const):
        return type(value.value) is cls
    return False if isinstance(value, (UserObject, Sequence)) else None
