"""Callables and objects the interpreter models itself (builtins, standard-library and overlay members)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .interpreter import Interpreter
    from .symbols import Symbols


@dataclass(frozen=True)
class Builtin:
    """A callable whose effect on abstract values the interpreter computes with `function`; `wraps` is the
    user function it will call (`functools.partial(f, ...)`), which escapes wherever the callable goes;
    `keeps_arguments` when calling it only stores the functions it is given (`functools.partial` itself)."""

    name: str
    function: Callable[[Interpreter, list[Any], dict[str, Any], ast.AST], Any]
    wraps: Any = None
    keeps_arguments: bool = False


class Modelled:
    """An object of a modelled library (an argparse parser): its attributes come from `member`."""

    def member(self, name: str) -> Any:
        """The value of attribute `name` (UNKNOWN when it is not modelled)."""
        raise NotImplementedError

    def join(self, other: Modelled, symbols: Symbols) -> Any:
        """The value covering this object and `other` where control flow merges (unknown unless modelled)."""
        from .values import UNKNOWN

        return UNKNOWN
