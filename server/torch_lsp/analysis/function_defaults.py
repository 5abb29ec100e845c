"""Default argument values, as Python computes them: once, where the `def` (or `lambda`) runs, in the scope it runs
in (a method's in its class body). A call that leaves a parameter out gets that very object: a list or dict the
function changes in place (`def f(x, seen=[]): seen.append(x)`) is then changed for every later call, so a
default the code changed is unknown from then on, and what it became (returned, stored: the same object) may change
again at any later call that leaves the parameter out. Assigning `f.__defaults__` or `f.__kwdefaults__` replaces
them for later calls; reading them lets the code change them unseen, so they are unknown from then on."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from .values import UNKNOWN, Const, Sequence, Value

Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
# (positional defaults, aligned to the positional parameters; keyword-only defaults), None where there is none
Evaluated = tuple[tuple[Value | None, ...], tuple[Value | None, ...]]


class FunctionDefaults:
    """The defaults of the functions defined so far, by (definition, scope it was defined in)."""

    def __init__(self, join: Callable[[Value, Value], Value]) -> None:
        self._join = join  # of two values, the engine's join
        self.table: dict[tuple[int, int], Evaluated] = {}
        self._objects: dict[int, tuple[tuple[int, int], Value]] = {}  # id of a default -> its function, itself
        # id of what a default changed in place became -> its function, itself
        self._became: dict[int, tuple[tuple[int, int], Value]] = {}
        self.changes = 0  # how many defaults were changed in place so far

    def define(self, definition: Definition, scope: Any, evaluate: Callable[[ast.expr], Value]) -> bool:
        """Compute the defaults of a `def` being run in `scope` (`evaluate` reads an expression there); True when
        it ran there before with other defaults (in a loop, a comprehension): the functions both runs made are
        told apart by neither, so each default that differs is unknown from then on."""
        parameters = definition.args
        count = len(parameters.posonlyargs) + len(parameters.args)
        positional = [None] * (count - len(parameters.defaults)) + [evaluate(d) for d in parameters.defaults]
        keyword = [evaluate(d) if d is not None else None for d in parameters.kw_defaults]
        key, evaluated = (id(definition), id(scope)), (tuple(positional), tuple(keyword))
        earlier = self.table.get(key)
        if earlier is not None:
            evaluated = (self._kept(earlier[0], evaluated[0]), self._kept(earlier[1], evaluated[1]))
        self._set(key, evaluated)
        redefined = earlier is not None and evaluated != earlier
        self.changes += redefined
        return redefined

    def _kept(self, earlier: tuple[Value | None, ...], now: tuple[Value | None, ...]) -> tuple[Value | None, ...]:
        """The defaults of a `def` run again: each the same constant or object both times, else the join of both
        (the engine tells the functions the two runs made apart by nothing, so a call of either gets one of them)."""
        pairs = zip(earlier, now, strict=True)
        return tuple(a if _same(a, b) or a is None or b is None else self._join(a, b) for a, b in pairs)

    def of(self, definition: Definition, scope: Any) -> Evaluated | None:
        """The defaults of a function defined in `scope`; None when its `def` was not run here (another module's)."""
        return self.table.get((id(definition), id(scope)))

    def changed(self, value: Value, now: Value) -> int | None:
        """`value` is being changed in place to `now`: if it is a default (or what one became), later calls find it
        changed; the id of the definition whose default it is, if any."""
        found = self._objects.pop(id(value), None) or self._became.pop(id(value), None)
        if found is None:
            return None
        key = found[0]
        self.changes += 1
        if now is not UNKNOWN:
            self._became[id(now)] = (key, now)
        positional, keyword = self.table[key]
        self._set(key, (_without(positional, value), _without(keyword, value)))
        return key[0]

    def became(self, definition: Definition, scope: Any) -> list[Value]:
        """What the defaults of a function defined in `scope` that the code changed in place became: a call that
        leaves a parameter out may change them again."""
        key = (id(definition), id(scope))
        return [value for found, value in self._became.values() if found == key]

    def assign(self, definition: Definition, scope: Any, attribute: str, value: Value | None) -> None:
        """`f.__defaults__ = value` or `f.__kwdefaults__ = value` for a function defined in `scope`; `value` None
        when the code may change them unseen (it read them)."""
        key = (id(definition), id(scope))
        if key not in self.table:
            return
        self.changes += 1
        positional, keyword = self.table[key]
        parameters = definition.args
        if attribute == "__defaults__":
            positional = _positional(len(positional), value)
        else:
            keyword = _keyword([parameter.arg for parameter in parameters.kwonlyargs], value)
        self._set(key, (positional, keyword))

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


def _positional(count: int, value: Value | None) -> tuple[Value | None, ...]:
    """The positional defaults `__defaults__ = value` gives `count` parameters: its items, for the last ones."""
    if isinstance(value, Const) and value.value is None:
        return (None,) * count
    if isinstance(value, Sequence) and value.kind == "tuple" and value.items is not None and len(value.items) <= count:
        return (None,) * (count - len(value.items)) + value.items
    return (UNKNOWN,) * count


def _keyword(names: list[str], value: Value | None) -> tuple[Value | None, ...]:
    """The keyword-only defaults `__kwdefaults__ = value` gives the parameters `names`."""
    if isinstance(value, Const) and value.value is None:
        return (None,) * len(names)
    if isinstance(value, Sequence) and value.kind == "dict" and value.items is not None:
        entries = dict(zip(value.fields, value.items, strict=True))
        return tuple(entries.get(name) for name in names)
    return (UNKNOWN,) * len(names)


def _same(a: Value | None, b: Value | None) -> bool:
    return a is b or (
        isinstance(a, Const) and isinstance(b, Const) and type(a.value) is type(b.value) and a.value == b.value
    )
