"""Parameters bound to the very object a caller's variable names: `register(BACKBONES, "fpn")` binds `table` to the
dict `BACKBONES` holds, so `table[name] = cls` changes `BACKBONES` in place, surely, not "this or an equal dict"
(the join `_aliases_changed` gives the other holders of a changed value, whose identity the engine does not know).

The relation holds while neither name is bound again. A change through the parameter reaches the caller's variable
surely where the caller's scope is one whose state every branch, loop and early return being run saves and joins:
a scope of a call being run (a caller's local) or one enclosing it (a module's registry, a closure's variable)."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from .values import Value


class VariableScope(Protocol):
    """What this module needs of a scope: its variables, the scope enclosing it, and whether it stands for several."""

    vars: dict[str, Value]
    many: bool

    @property
    def parent(self) -> VariableScope | None: ...

    def holder(self, name: str) -> VariableScope: ...


@dataclass(frozen=True, eq=False)
class NamedArgument:
    """An argument written as a bare name: the value it gave and the variable holding it."""

    value: Value
    holder: VariableScope
    name: str


@dataclass
class CallSite:
    """A call written in the code: its positional arguments written as bare names (None for the others) and its
    keyword arguments so written."""

    positional: tuple[NamedArgument | None, ...] = ()
    keywords: Mapping[str, NamedArgument] = field(default_factory=dict)


def named_arguments(node: ast.Call, args: list[Value], kwargs: Mapping[str, Value], scope: VariableScope) -> CallSite:
    """The arguments of a call written as bare names whose variables hold the values given (no `*rows` before them)."""
    positional: list[NamedArgument | None] = []
    if len(args) == len(node.args) and not any(isinstance(argument, ast.Starred) for argument in node.args):
        positional = [_named(argument, value, scope) for argument, value in zip(node.args, args, strict=True)]
    keywords = {
        keyword.arg: named
        for keyword in node.keywords
        if keyword.arg is not None
        and keyword.arg in kwargs
        and (named := _named(keyword.value, kwargs[keyword.arg], scope)) is not None
    }
    return CallSite(tuple(positional), keywords)


def _named(argument: ast.expr, value: Value, scope: VariableScope) -> NamedArgument | None:
    if not isinstance(argument, ast.Name):
        return None
    holder = scope.holder(argument.id)
    return NamedArgument(value, holder, argument.id) if holder.vars.get(argument.id) is value else None


class ArgumentAliases:
    """The parameters of the calls being and having been interpreted that name a caller's object, while they do."""

    def __init__(self) -> None:
        self._sites: list[CallSite] = []
        # (id of the callee's scope, parameter) -> (that scope, kept so its id stays its own; the caller's variable)
        self._aliases: dict[tuple[int, str], tuple[VariableScope, NamedArgument]] = {}
        self._named_by: dict[tuple[int, str], set[tuple[int, str]]] = {}  # a caller's variable -> the parameters

    @contextmanager
    def call_site(self, site: CallSite | None) -> Iterator[None]:
        """While a call written in the code runs: its named arguments (None: arguments not followed)."""
        self._sites.append(site or CallSite())
        try:
            yield
        finally:
            self._sites.pop()

    def bind(self, scope: VariableScope, parameter: str, given: int | str, count: int, value: Value) -> None:
        """Parameter `parameter` of a new call scope holds `value`, the positional argument `given` of `count` (the
        receiver of a method counted) or the keyword argument `given`: it names the caller's variable when the
        innermost call written in the code passed that variable there."""
        if not self._sites or scope.many:
            return
        site = self._sites[-1]
        named: NamedArgument | None = None
        receivers = count - len(site.positional)  # a method's call site does not write its receiver among them
        if isinstance(given, str):
            named = site.keywords.get(given)
        elif receivers in (0, 1) and 0 <= given - receivers < len(site.positional):
            named = site.positional[given - receivers]
        if named is not None and named.value is value and not named.holder.many:
            key = (id(scope), parameter)
            self._aliases[key] = (scope, named)
            self._named_by.setdefault((id(named.holder), named.name), set()).add(key)

    def rebound(self, scope: VariableScope, name: str) -> None:
        """Variable `name` of `scope` was bound again: it names no caller's object, and no parameter names it."""
        entry = self._aliases.pop((id(scope), name), None)
        if entry is not None:
            self._named_by.get((id(entry[1].holder), entry[1].name), set()).discard((id(scope), name))
        for key in self._named_by.pop((id(scope), name), set()):
            self._aliases.pop(key, None)

    def sure_holders(
        self, scope: VariableScope, name: str, old: Value, running: Callable[[], Sequence[VariableScope]]
    ) -> list[NamedArgument]:
        """The callers' variables that surely hold the object variable `name` of `scope` holds as `old` and which a
        change made while the scopes `running()` gives run may write directly (see the module docstring); `running`
        is asked only when a parameter names a caller's variable."""
        holders: list[NamedArgument] = []
        key = (id(scope), name)
        scopes: Sequence[VariableScope] = ()
        while key in self._aliases:
            named = self._aliases[key][1]
            if named.holder.vars.get(named.name) is not old:
                break
            scopes = scopes or running()
            if any(named.holder is each for each in scopes):
                holders.append(named)
            key = (id(named.holder), named.name)
        return holders
