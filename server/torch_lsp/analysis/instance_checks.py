"""`isinstance(x, C)` where the answer is certain: x's class is known exactly (a constant, a tensor, a torch layer,
an instance of a user class whose every base is modelled; a number the engine does not know is no str, tuple, list,
dict or slice; a numpy array is no instance of a user class whose every base is modelled) and C is a builtin type, a
user class, a torch class or a tuple of them. Anything else stays unknown, and both branches of an `if` on it are
followed: tuples and lists among them, whose kind the engine keeps only approximately (a dict's keys()); a sequence
it keeps as a tuple is a tuple or a list, so `isinstance(x, (tuple, list))` is certain for it. A batch
default_collate made of tuple or list samples is certainly a list. `collections.abc`'s and `numbers`' classes
(overlays/collection_abcs.py, overlays/number_abcs.py) are decided where every type the value may have answers
alike."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable
from dataclasses import dataclass

from .alternatives import Alternatives
from .callables import Builtin
from .interp_api import InterpreterApi
from .values import (
    REAL,
    UNKNOWN,
    Const,
    Container,
    Modelled,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
    Value,
    class_name_of,
)

BUILTIN_TYPES: dict[str, type] = {
    "tuple": tuple,
    "list": list,
    "dict": dict,
    "int": int,
    "float": float,
    "str": str,
    "bool": bool,
    "slice": slice,
}


def isinstance_builtin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`isinstance(value, classinfo)`: Const(True/False) when certain, UNKNOWN otherwise."""
    if len(args) != 2 or kwargs:
        return UNKNOWN
    classes = _classes(args[1])
    if classes is None:
        return UNKNOWN
    names = {cls.name for cls in classes if isinstance(cls, Builtin)}
    if isinstance(args[0], Sequence) and args[0].kind == "tuple" and {"tuple", "list"} <= names:
        return Const(True)  # a tuple, or a batch the engine keeps as one that collate made a list
    answers = [_is_instance(args[0], cls) for cls in classes]
    if True in answers:
        return Const(True)
    return Const(False) if answers and None not in answers else UNKNOWN


def options_by_class(value: Value, classinfo: Value) -> tuple[Value | None, Value | None] | None:
    """For a value that is one of several layers (`Alternatives`): what it is where `isinstance(value, classinfo)`
    holds and where it fails (None for a side no option reaches); None when some option cannot be told."""
    if not isinstance(value, Alternatives):
        return None
    classes = _classes(classinfo)
    if classes is None:
        return None
    sides: tuple[list[Value], list[Value]] = ([], [])
    for option in value.options:
        answers = [_is_instance(option, cls) for cls in classes]
        if True not in answers and (not answers or None in answers):
            return None
        sides[0 if True in answers else 1].append(option)
    return _one_of(sides[0]), _one_of(sides[1])


def _one_of(options: list[Value]) -> Value | None:
    if not options:
        return None
    return options[0] if len(options) == 1 else Alternatives(tuple(options))


def _classes(classinfo: Value) -> list[Value] | None:
    """The classes a classinfo names (a class, or a tuple of classes and tuples); None when unknown."""
    if isinstance(classinfo, Sequence) and classinfo.kind == "tuple":
        if classinfo.items is None:
            return None
        found: list[Value] = []
        for item in classinfo.items:
            inner = _classes(item)
            if inner is None:
                return None
            found += inner
        return found
    return [classinfo]


def _lineage(cls: UserClass) -> list[UserClass | TorchRef] | None:
    """The class and all its bases, when each is a user class or a torch class (else None: a base the engine
    does not model, a record type or an opaque decorator could make the instance anything)."""
    if cls.opaque or cls.record is not None:
        return None
    found: list[UserClass | TorchRef] = [cls]
    for base in cls.bases:
        if isinstance(base, UserClass):
            inner = _lineage(base)
            if inner is None:
                return None
            found += inner
        elif isinstance(base, TorchRef) and inspect.isclass(base.obj):
            found.append(base)
        elif isinstance(base, Builtin) and base.name == "dict":  # not opaque: `dict` comes after the user classes
            found.append(TorchRef("builtins.dict", dict))
        else:
            return None
    return found


def _is_instance(value: Value, cls: Value) -> bool | None:
    """Whether `value` is an instance of `cls`; None when it cannot be told."""
    if isinstance(cls, Builtin) and cls.name in BUILTIN_TYPES:
        return _of_builtin_type(value, BUILTIN_TYPES[cls.name])
    if isinstance(cls, UserClass):
        return _of_user_class(value, cls)
    if isinstance(cls, TorchRef) and inspect.isclass(cls.obj):
        return _of_torch_class(value, cls.obj)
    if isinstance(cls, AbstractCollection):
        return cls.holds(value)
    return None


def _of_builtin_type(value: Value, kind: type) -> bool | None:
    if isinstance(value, Const):
        return isinstance(value.value, kind)
    if isinstance(value, (Scalar, SymDim)):  # a number (a numpy one, a torch.SymInt...): no str, container or slice
        return False if kind in (str, tuple, list, dict, slice) else None
    if isinstance(value, Sequence) and value.kind_known:
        return BUILTIN_TYPES.get(value.kind) is kind
    if isinstance(value, Sequence) and value.kind == "list":  # kept as a list, it is one (maybe of a subclass)
        return issubclass(list, kind)
    if isinstance(value, Sequence) and value.kind in ("tuple", "list") and kind not in (tuple, list):
        return False  # a tuple, or a list the engine keeps as one (a collated batch): never a number, str or dict
    if isinstance(value, (TensorValue, TorchModule, Container)):
        return False
    if isinstance(value, UserObject):
        lineage = _lineage(value.cls)
        if lineage is None:
            return None
        return any(isinstance(b, TorchRef) and issubclass(b.obj, kind) for b in lineage)
    return None


def _of_user_class(value: Value, cls: UserClass) -> bool | None:
    if isinstance(value, UserObject):
        lineage = _lineage(value.cls)
        if lineage is None:
            return None
        if any(base is cls for base in lineage):
            return True
        # the same class statement run twice makes two classes; the engine may not keep them apart
        return None if any(isinstance(b, UserClass) and b.node is cls.node for b in lineage) else False
    if isinstance(value, (Const, TensorValue, TorchModule, Container)):  # made by Python or torch, not by the class
        return False
    if class_name_of(value) == "numpy.ndarray":  # made by numpy: only a class whose bases are all known is ruled out
        return False if _lineage(cls) is not None else None
    return None


def _of_torch_class(value: Value, cls: type) -> bool | None:
    import torch

    wrappers = (torch.nn.DataParallel, torch.nn.parallel.DistributedDataParallel)
    if issubclass(cls, wrappers) or cls.__name__ == "OptimizedModule":
        return None  # a wrapped model is the model itself to the engine (see overlays.wrappers)
    if isinstance(value, TensorValue):
        if cls is torch.Tensor:
            return True
        return False if issubclass(cls, torch.nn.Module) else None
    if isinstance(value, TorchModule):
        if type(value.module).__name__.startswith("Lazy"):  # built as its lazy counterpart (see lazy_layers)
            return None
        return isinstance(value.module, cls)
    if isinstance(value, UserObject):
        lineage = _lineage(value.cls)
        if lineage is None:
            return None
        return any(isinstance(b, TorchRef) and issubclass(b.obj, cls) for b in lineage)
    if isinstance(value, Const):
        return isinstance(value.value, cls)
    if isinstance(value, Container):
        container = _container_class(torch, value.qualname)
        return issubclass(container, cls) if container is not None else None
    return None


def _container_class(torch: object, qualname: str) -> type | None:
    """The torch class a container of layers or tensors is made as exactly (`torch.nn.ModuleList`, a bare
    `torch.nn.Module`)."""
    prefix, _, name = qualname.rpartition(".")
    found = getattr(torch.nn, name, None) if prefix == "torch.nn" else None  # type: ignore[attr-defined]
    return found if inspect.isclass(found) else None


_EXACT_TYPES: dict[str, tuple[type, ...]] = {"list": (list,), "tuple": (tuple,), "dict": (dict,)}
_SEQUENCE_TYPES: dict[str, tuple[type, ...]] = {**_EXACT_TYPES, "tuple": (tuple, list)}  # a batch collate made


@dataclass(frozen=True, eq=False)
class AbstractCollection(Modelled):
    """A class told by the Python types a value may have: one of `collections.abc`'s or `numbers`' abstract
    classes, or `numpy.ndarray` (the arrays the numpy model makes are of that class exactly)."""

    abc: type

    def holds(self, value: Value) -> bool | None:
        """Whether `value` is an instance of it; None when that depends on a type the engine does not know."""
        return self._answer(value, issubclass)

    def is_type_of(self, value: Value) -> bool | None:
        """Whether `type(value) is` it; None when that depends on a type the engine does not know."""
        return self._answer(value, lambda kind, cls: kind is cls)

    def _answer(self, value: Value, test: Callable[[type, type], bool]) -> bool | None:
        types = _python_types(value)
        if types is None:
            return None
        answers = {test(kind, self.abc) for kind in types}
        return answers.pop() if len(answers) == 1 else None


def _python_types(value: Value) -> tuple[type, ...] | None:
    """The Python types `value` may have, when the engine knows them."""
    import torch

    if isinstance(value, Const):
        return (type(value.value),)
    if isinstance(value, SymDim):
        return (int,)
    if isinstance(value, Scalar):
        return (value.kind,) if value.kind in (int, float, bool) else (int, float) if value.kind is REAL else None
    if isinstance(value, Sequence):
        return (_EXACT_TYPES if value.kind_known else _SEQUENCE_TYPES).get(value.kind)
    if isinstance(value, TensorValue):
        return (torch.Tensor,)
    if class_name_of(value) == "numpy.ndarray":
        import numpy

        return (numpy.ndarray,)
    return None
