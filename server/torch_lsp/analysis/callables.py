"""Callables the interpreter models itself (builtins, standard-library and overlay members)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field

from .interp_api import InterpreterApi
from .values import Modelled, Value

BuiltinFunction = Callable[[InterpreterApi, list[Value], dict[str, Value], ast.AST], Value]
"""How a builtin computes its result: (interpreter, arguments, keyword arguments, call node) -> value."""


@dataclass(frozen=True)
class Builtin(Modelled):
    """A callable whose effect on abstract values the interpreter computes with `function`; `wraps` is the
    user function it will call (`functools.partial(f, ...)`), which escapes wherever the callable goes;
    `keeps_arguments` when calling it runs none of the functions it is given, and what it gives holds none of them
    or the ones the engine knows (`functools.partial` itself stores them; `len`, `isinstance`, `inspect.signature`
    read them);
    `changes_first` the new value of its first argument, for a callable that changes it in place (`random.shuffle`);
    `bound` the arguments it keeps to call `wraps` with, by name (`functools.partial(f, config)`): read when it is
    called, and changed where the code changes them in place."""

    name: str
    function: BuiltinFunction
    wraps: Value | None = None
    keeps_arguments: bool = False
    changes_first: Callable[[InterpreterApi, Value], Value] | None = None
    bound: dict[str, Value] | None = field(default=None, compare=False)


@dataclass(frozen=True, eq=False)
class Changer(Builtin):
    """A method that changes what an object holds (`obj.__dict__.update`); `forget` makes the object forget what
    a call of it with arguments not known item by item (`**entries`), which is not made, may have changed."""

    forget: Callable[[InterpreterApi, ast.AST], None] | None = None
