"""`contextlib.contextmanager`: the generator function it decorates makes a context manager whose `__enter__` gives
what the generator yields (`with scale_loss(loss) as scaled:`). The generator's body runs when the manager is made,
as a generator's does in the engine (its effects may or may not have happened yet); other members of contextlib
are not modelled."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Function, Modelled, Range, Value


@dataclass(frozen=True, eq=False)
class GeneratorContext(Modelled):
    """A context manager a `contextmanager` function made: `entered` is what its generator yields."""

    entered: Value

    def member(self, name: str) -> Value:
        """`__enter__` gives what the generator yields; `__exit__` may swallow the body's exception (the generator
        may catch it), so what it returns is not known."""
        if name == "__enter__":
            return Builtin(name, lambda interp, args, kwargs, node: self.entered)
        if name == "__exit__":
            return Builtin(name, lambda interp, args, kwargs, node: UNKNOWN)
        return UNKNOWN


def _contextmanager(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if len(args) != 1 or kwargs:
        return UNKNOWN
    function = args[0]

    def made(interp: InterpreterApi, given: list[Value], given_kwargs: dict[str, Value], node: ast.AST) -> Value:
        generator = interp.call(function, given, given_kwargs, node)
        return GeneratorContext(generator.element if isinstance(generator, Range) else UNKNOWN)

    return Builtin("contextmanager", made, wraps=function)


CONTEXTMANAGER = Builtin("contextmanager", _contextmanager, keeps_arguments=True)
MEMBERS: dict[str, Value] = {"contextmanager": CONTEXTMANAGER}


def contextmanager_decorates(maker: Value, function: Function, decorators: list[ast.expr]) -> bool:
    """Whether decorator `maker` is `contextmanager` on a function that takes the arguments it is called with: a
    function outside a class, or a static method (a method would be given its instance first)."""
    static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in decorators)
    return maker is CONTEXTMANAGER and (function.owner is None or static)
