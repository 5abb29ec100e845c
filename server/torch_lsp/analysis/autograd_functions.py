"""User subclasses of `torch.autograd.Function`: `Fn.apply(*args)` runs the class's static `forward(ctx, *args)`
and gives what it returns (torch hands back the forward's tensors, of the same shapes and dtypes). The context
`ctx` is a value the engine does not model: what `forward` stores on it or marks with it never changes a shape."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .callables import Builtin
from .inheritance import mro
from .interp_api import InterpreterApi
from .methods import method_kind
from .values import UNKNOWN, Function, TorchRef, UserClass, Value


@dataclass(frozen=True, eq=False)
class Apply(Builtin):
    """`Fn.apply`: calls `static_forward` with a context before its arguments (a call with `*rows` not known item
    by item binds them as a call of `static_forward` would, after the context)."""

    static_forward: Function | None = None


def apply_of(interp: InterpreterApi, cls: UserClass, forward: Function | None) -> Apply | None:
    """`cls.apply` when `cls` is an autograd Function whose static `forward` is `forward`; None otherwise."""
    if forward is None or method_kind(forward.node) != "staticmethod" or not _is_autograd_function(interp, cls):
        return None

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return interp.call_function(forward, [UNKNOWN, *args], kwargs, node)

    return Apply("apply", apply, static_forward=forward)


def _is_autograd_function(interp: InterpreterApi, cls: UserClass) -> bool:
    """Whether `torch.autograd.Function` is among `cls`'s ancestors."""
    function = interp.torch.autograd.Function
    order = mro(cls) or []
    return any(
        isinstance(base, TorchRef) and isinstance(base.obj, type) and issubclass(base.obj, function) for base in order
    )
