"""Callables the interpreter models itself: Python's builtins are in python_builtins.py; here, the standard-library
modules model code uses: `math` (pure functions, folded when their arguments are known), `copy` (a model
deep-copied for an EMA or a teacher, or a copied array, has the same shapes), `io.BytesIO` (an in-memory file that
`torch.save` writes and `torch.load` reads back), `collections.OrderedDict` (a dict: dicts keep insertion
order), `collections.deque` (overlays/deques.py), `collections.defaultdict` (overlays/default_dicts.py),
`collections.namedtuple` (overlays/named_tuples.py) and `collections.abc` (overlays/collection_abcs.py), the
abstract classes of `numbers` (overlays/number_abcs.py), and the fixed strings of `string` (`ascii_lowercase`, an
alphabet's letters); the library modules in `overlays` join them."""

from __future__ import annotations

import ast
import importlib
import math
import string
from collections.abc import Callable
from typing import Any

from . import overlays
from .callables import Builtin
from .interp_api import InterpreterApi
from .module_modes import TRAINING
from .overlays import collection_abcs, default_dicts, deques, named_tuples, number_abcs, operators
from .overlays.numpy_model import NdArray
from .python_builtins import BUILTINS
from .saved_files import BUFFER
from .values import (
    UNKNOWN,
    Const,
    Container,
    Instance,
    Scalar,
    Sequence,
    TensorValue,
    TorchModule,
    UserObject,
    Value,
    copy_user_objects,
)


def _math_function(function: Callable[..., Any], kind: type) -> Builtin:
    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if (
            args
            and all(isinstance(a, Const) and isinstance(a.value, (int, float)) and abs(a.value) < 1e6 for a in args)
            and not kwargs
        ):
            try:
                return Const(function(*(a.value for a in args if isinstance(a, Const))))
            except (ValueError, OverflowError, TypeError):
                return UNKNOWN
        return Scalar(kind)

    return Builtin(function.__name__, apply)


def _copy(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`copy.deepcopy(value)` (and `copy.copy` of what is not a user object): the same shapes (a numpy array's copy
    is `a.copy()`); a user object gets its own attributes."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    value = args[0]
    if isinstance(value, TensorValue):
        origin = (*value.origin[-3:], "copy")
        return TensorValue(value.probe, value.device, origin, value.checked_on, value.defined_at, dtypes=value.dtypes)
    if isinstance(value, UserObject):  # copies would be new objects, without the hooks torch copies over
        return UNKNOWN if interp.hooks.any() else copy_user_objects(value, {})
    return value if isinstance(value, (TorchModule, Container, Sequence, Const, NdArray)) else UNKNOWN


def _shallow_copy(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`copy.copy(value)`: a user object gets attributes of its own that hold the very values the original's hold;
    a torch module's copy shares its dictionaries of layers, parameters and buffers with the original (a layer set
    on either is set on both), which is not followed."""
    value = args[0] if len(args) == 1 and not kwargs else None
    if not isinstance(value, UserObject):
        return _copy(interp, args, kwargs, node)
    if interp.hooks.any() or TRAINING in value.attributes:
        return UNKNOWN
    return UserObject(value.cls, dict(value.attributes))


def _bytes_io(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`io.BytesIO()`: a buffer of its own, which `torch.save` and `torch.load` identify by its identity."""
    return Instance(BUFFER)


_MODULES: dict[str, tuple[Instance, dict[str, Value]]] = {
    "math": (
        Instance("math"),
        {
            **{
                name: _math_function(getattr(math, name), float)
                for name in (
                    "sqrt",
                    "exp",
                    "log",
                    "log2",
                    "log10",
                    "sin",
                    "cos",
                    "tan",
                    "atan",
                    "tanh",
                    "pow",
                    "fabs",
                    "erf",
                    "erfc",
                    "log1p",
                    "expm1",
                    "asin",
                    "acos",
                    "atan2",
                    "sinh",
                    "cosh",
                    "asinh",
                    "acosh",
                    "atanh",
                    "hypot",
                    "degrees",
                    "radians",
                    "copysign",
                    "fmod",
                    "lgamma",
                    "gamma",
                )
            },
            **{
                name: _math_function(getattr(math, name), int)
                for name in ("floor", "ceil", "trunc", "gcd", "isqrt", "lcm")
            },
            "prod": Builtin("prod", operators.prod),
            "pi": Const(math.pi),
            "e": Const(math.e),
            "inf": Const(math.inf),
            "nan": Const(math.nan),
            "tau": Const(math.tau),
        },
    ),
    "copy": (Instance("copy"), {"deepcopy": Builtin("deepcopy", _copy), "copy": Builtin("copy", _shallow_copy)}),
    "io": (Instance("io"), {"BytesIO": Builtin("BytesIO", _bytes_io)}),
    "string": (
        Instance("string"),
        {
            name: Const(getattr(string, name))
            for name in (
                "ascii_letters",
                "ascii_lowercase",
                "ascii_uppercase",
                "digits",
                "hexdigits",
                "octdigits",
                "punctuation",
                "printable",
                "whitespace",
            )
        },
    ),
    "collections": (
        Instance("collections"),
        {
            "OrderedDict": BUILTINS["dict"],
            **deques.MEMBERS,
            **default_dicts.MEMBERS,
            **named_tuples.MEMBERS,
            **collection_abcs.MEMBERS,
        },
    ),
    "numbers": (Instance("numbers"), number_abcs.MEMBERS),
    **overlays.MODULES,
}


def resolve(qualname: str) -> Value | None:
    """What an import of `qualname` binds when it is a modelled module or one of its members; else None."""
    head, _, name = qualname.partition(".")
    if head not in _MODULES:
        return None
    module, members = _MODULES[head]
    return members.get(name, UNKNOWN) if name else module


def member(owner: Value, name: str) -> Value | None:
    """`owner.name` when `owner` is a modelled module (UNKNOWN for a member it lacks); else None."""
    for module, members in _MODULES.values():
        if owner is module:
            return members.get(name, UNKNOWN)
    return None


def star_import(module: str) -> dict[str, Value]:
    """What `from module import *` binds when `module` is modelled: each name the module exports, its modelled
    member or UNKNOWN (an export the engine does not model still hides a builtin of that name); nothing else."""
    if module not in _MODULES:
        return {}
    try:
        real = importlib.import_module(module)
    except ImportError:
        return {}
    exported = getattr(real, "__all__", None) or [name for name in vars(real) if not name.startswith("_")]
    members = _MODULES[module][1]
    return {name: members.get(name, UNKNOWN) for name in exported}
