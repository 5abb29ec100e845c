"""Callables and objects the interpreter models itself (builtins, standard-library and overlay members)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .values import UNKNOWN

if TYPE_CHECKING:
    from .interpreter import Interpreter


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

    def item(self, interp: Interpreter, index: Any) -> Any:
        """The value of `self[index]` (UNKNOWN when subscription is not modelled)."""
        return UNKNOWN
