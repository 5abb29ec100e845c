"""Python's `re` on patterns and strings the program spells out: `re.compile`, and `sub`, `split`, `findall`, `match`,
`search` and `fullmatch` as functions of the module or methods of a compiled pattern give what Python's `re` gives
(matching constants runs no user code). A match that succeeds gives a match object, which is true (what it holds is
not modelled); a replacement function, which would run user code, is not modelled."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ..callables import Builtin
from ..folding import MAX_TEXT
from ..interp_api import MAX_CONST_ITEMS, InterpreterApi
from ..values import UNKNOWN, Const, Modelled, Sequence, Value

# what each method of a compiled pattern takes after the pattern, and what the module's function of that name takes
_METHOD_PARAMETERS = {
    "sub": ("repl", "string", "count"),
    "split": ("string", "maxsplit"),
    "findall": ("string", "pos", "endpos"),
    "match": ("string", "pos", "endpos"),
    "search": ("string", "pos", "endpos"),
    "fullmatch": ("string", "pos", "endpos"),
}
_FUNCTION_PARAMETERS = {
    "sub": ("pattern", "repl", "string", "count", "flags"),
    "split": ("pattern", "string", "maxsplit", "flags"),
    "findall": ("pattern", "string", "flags"),
    "match": ("pattern", "string", "flags"),
    "search": ("pattern", "string", "flags"),
    "fullmatch": ("pattern", "string", "flags"),
}
_FLAGS = ("IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A", "UNICODE", "U")


@dataclass(frozen=True, eq=False)
class CompiledPattern(Modelled):
    """`re.compile(pattern, flags)` of a known pattern and flags."""

    compiled: re.Pattern[str]

    def member(self, name: str) -> Value:
        """A method of the pattern, or its `pattern` and `flags`."""
        if name in _METHOD_PARAMETERS:
            return Builtin(name, lambda interp, args, kwargs, node: self.run(name, args, kwargs))
        if name == "pattern":
            return Const(self.compiled.pattern)
        return Const(self.compiled.flags) if name == "flags" else UNKNOWN

    def join(self, other: Modelled, symbols: object) -> Value:
        """The same pattern where control flow merges (equal patterns with equal flags)."""
        return self if isinstance(other, CompiledPattern) and other.compiled == self.compiled else UNKNOWN

    def run(self, name: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`pattern.name(*args, **kwargs)` of known arguments: what Python gives, when it is modelled."""
        given = _known(_METHOD_PARAMETERS[name], args, kwargs)
        if given is None or type(given.get("string")) is not str or type(given.get("repl", "")) is not str:
            return UNKNOWN
        if any(type(v) is not int for k, v in given.items() if k not in ("string", "repl")):
            return UNKNOWN
        try:
            result = getattr(self.compiled, name)(**given)
        except (re.error, ValueError, IndexError):  # a replacement naming a group the pattern lacks
            return UNKNOWN
        return _value(result)


def _by_name(names: tuple[str, ...], args: list[Value], kwargs: dict[str, Value]) -> dict[str, Value] | None:
    """The arguments of a call by parameter name; None when they do not fit the parameters."""
    given = dict(zip(names, args, strict=False)) | kwargs
    return None if len(args) > len(names) or set(given) - set(names) else given


def _known(names: tuple[str, ...], args: list[Value], kwargs: dict[str, Value]) -> dict[str, object] | None:
    """The arguments of a call by parameter name, when they are all known constants; None otherwise."""
    given = _by_name(names, args, kwargs)
    if given is None:
        return None
    values = {name: value.value for name, value in given.items() if isinstance(value, Const)}
    return values if len(values) == len(given) else None


@dataclass(frozen=True, eq=False)
class Match(Modelled):
    """The match object of a match that succeeded: always true."""

    def truth_value(self) -> bool | None:
        """A match object is true."""
        return True


def _value(result: object) -> Value:
    """A result of `re` as a value: None, a match object, a string, or a list of strings (or of tuples of group
    matches)."""
    if isinstance(result, re.Match):
        return Match()
    if result is None or (isinstance(result, str) and len(result) <= MAX_TEXT):
        return Const(result)
    if isinstance(result, list) and len(result) <= MAX_CONST_ITEMS:
        items = [_value(item) if not isinstance(item, tuple) else _tuple(item) for item in result]
        return UNKNOWN if any(item is UNKNOWN for item in items) else Sequence(tuple(items), "list")
    return UNKNOWN  # too long a result


def _tuple(parts: tuple[object, ...]) -> Value:
    """The group matches of one `findall` item."""
    items = [_value(part) for part in parts]
    return UNKNOWN if any(item is UNKNOWN for item in items) else Sequence(tuple(items), "tuple")


def _compiled(pattern: Value, flags: Value) -> CompiledPattern | None:
    """The compiled pattern of a known pattern and flags (a compiled pattern takes no flags); None otherwise."""
    if isinstance(pattern, CompiledPattern):
        return pattern if isinstance(flags, Const) and flags.value == 0 else None
    if not (isinstance(pattern, Const) and type(pattern.value) is str and isinstance(flags, Const)):
        return None
    if type(flags.value) is not int:
        return None
    try:
        return CompiledPattern(re.compile(pattern.value, flags.value))
    except (re.error, ValueError, OverflowError):
        return None


def _compile(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`re.compile(pattern, flags=0)`."""
    given = _by_name(("pattern", "flags"), args, kwargs)
    if given is None or "pattern" not in given:
        return UNKNOWN
    compiled = _compiled(given["pattern"], given.get("flags", Const(0)))
    return UNKNOWN if compiled is None else compiled


def _function(name: str) -> Builtin:
    """`re.name(pattern, ..., flags=0)`: the method of that name of the compiled pattern."""
    names = _FUNCTION_PARAMETERS[name]

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = _by_name(names, args, kwargs)
        if given is None or "pattern" not in given:
            return UNKNOWN
        compiled = _compiled(given.pop("pattern"), given.pop("flags", Const(0)))
        return UNKNOWN if compiled is None else compiled.run(name, [], given)

    return Builtin(name, apply)


FUNCTIONS = frozenset({"compile", *_FUNCTION_PARAMETERS})
MEMBERS: dict[str, Value] = {
    "compile": Builtin("compile", _compile),
    **{name: _function(name) for name in _FUNCTION_PARAMETERS},
    **{flag: Const(int(getattr(re, flag))) for flag in _FLAGS},
}
