"""Default argument values, as Python computes them: once, where the `def` (or `lambda`) runs, in the scope it runs
in (a method's in its class body). A call that leaves a parameter out gets that very object: a list or dict the
function changes in place (`def f(x, seen=[]): seen.append(x)`) is then changed for every later call, so a
default the code changed is unknown from then on."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from .values import UNKNOWN, Value

Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
# (positional defaults, aligned to the positional parameters; keyword-only defaults), None where there is none
Evaluated = tuple[tuple[Value | None, ...], tuple[Value | None, ...]]


class FunctionDefaults:
    """The defaults of the functions defined so far, by (definition, scope it was defined in)."""

    def __init__(self) -> None:
        self.table: dict[tuple[int, int], Evaluated] = {}
        self._objects: dict[int, tuple[tuple[int, int], Value]] = {}  # id of a default -> its function, itself
        self.changes = 0  # how many defaults were changed in place so far

    def define(self, definition: Definition, scope: Any, evaluate: Callable[[ast.expr], Value]) -> None:
        """Compute the defaults of a `def` being run in `scope` (`evaluate` reads an expression there)."""
        parameters = definition.args
        count = len(parameters.posonlyargs) + len(parameters.args)
        positional = [None] * (count - len(parameters.defaults)) + [evaluate(d) for d in parameters.defaults]
        keyword = [evaluate(d) if d is not None else None for d in parameters.kw_defaults]
        self._set((id(definition), id(scope)), (tuple(positional), tuple(keyword)))

    def of(self, definition: Definition, scope: Any) -> Evaluated | None:
        """The defaults of a function defined in `scope`; None when its `def` was not run here (another module's)."""
        return self.table.get((id(definition), id(scope)))

    def changed(self, value: Value) -> int | None:
        """`value` is being changed in place: if it is a default, later calls find it changed; the id of the
        definition whose default it is, if any."""
        found = self._objects.pop(id(value), None)
        if found is None:
            return None
        key = found[0]
        self.changes += 1
        positional, keyword = self.table[key]
        self._set(key, (_without(positional, value), _without(keyword, value)))
        return key[0]

    def restore(self, table: dict[tuple[int, int], Evaluated]) -> None:
        """Take `table` (a checkpoint's copy) as the defaults."""
        self.table = {}
        self._objects = {}
        for key, evaluated in table.items():
            self._set(key, evaluated)

    def _set(self, key: tuple[int, int], evaluated: Evaluated) -> None:
        self.table[key] = evaluated
        for value in (*evaluated[0], *evaluated[1]):
            if value is not None and value is not UNKNOWN:
                self._objects[id(value)] = (key, value)


def _without(values: tuple[Value | None, ...], changed: Value) -> tuple[Value | None, ...]:
    return tuple(UNKNOWN if value is changed else value for value in values)
