"""Statements of a `try` body that run only pure operations on known values (`kwargs[key] = ast.literal_eval(text)`,
`n = int(word.strip())`, with `key`, `text` and `word` known): run on those values, such a statement either surely
raises nothing, so handlers that catch only what operations raise never start from the state before it, or surely
raises, so the body ends there and the handler that catches the exception runs. A handler that catches what any
statement may raise (an interrupt, a failed allocation, a too deep recursion, the NameError of a name that is not
bound on every path) gets no such help."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from .overlays.python_literals import LONGEST
from .overlays.python_literals import MEMBERS as LITERALS
from .python_builtins import BUILTINS
from .unbound_reads import builtin_classes
from .values import Const, Instance, Sequence, Value

_STRAY = (KeyboardInterrupt, MemoryError, RecursionError, NameError)
_TEXT_METHODS = frozenset(
    {
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
        "replace",
        "split",
        "rsplit",
        "startswith",
        "endswith",
        "removeprefix",
        "removesuffix",
    }
)
_PLAIN = (str, int, float, bool, type(None))
_LONGEST_NUMBER = 100


class _Impure(Exception):
    """The statement does something other than pure operations on known values."""


def _literal_eval(text: object) -> Any:
    if not isinstance(text, str) or len(text) > LONGEST:
        raise _Impure
    return ast.literal_eval(text)


def _number(kind: type) -> Callable[[Any], Any]:
    def convert(value: object) -> Any:
        if isinstance(value, str) and len(value) > _LONGEST_NUMBER:
            raise _Impure  # whether Python parses that many digits is a setting of the run
        return kind(value)

    return convert


_PURE_CALLS: dict[int, Callable[[Any], Any]] = {
    id(BUILTINS["int"]): _number(int),
    id(BUILTINS["float"]): _number(float),
    id(LITERALS["literal_eval"]): _literal_eval,
}


def quiet_handlers(node: ast.Try, rebound: Callable[[str], bool]) -> bool:
    """Whether every handler of `node` names builtin exception classes none of which catches what any statement may
    raise (`rebound` tells a builtin name the program binds to something else)."""
    for handler in node.handlers:
        classes = builtin_classes(handler.type, rebound)
        if classes is None or any(issubclass(stray, cls) for stray in _STRAY for cls in classes):
            return False
    return True


def pure_outcome(statement: ast.stmt, value_of: Callable[[ast.expr], Value]) -> tuple[bool, type[BaseException] | None]:
    """Whether `statement` is an assignment of pure operations on known values (`value_of`: a name's or a module
    member's value), and then the exception it surely raises (None: it surely raises nothing)."""
    if not isinstance(statement, ast.Assign) or not all(_plain_target(t, value_of) for t in statement.targets):
        return False, None
    try:
        _fold(statement.value, value_of)
    except _Impure:
        return False, None
    except Exception as error:  # noqa: BLE001 what the operation raises on these values is what the program raises
        return True, type(error)
    return True, None


def _plain_target(target: ast.expr, value_of: Callable[[ast.expr], Value]) -> bool:
    """Whether storing to `target` surely raises nothing: a name, or an item of a dict at a known key."""
    if isinstance(target, ast.Name):
        return True
    if not (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)):
        return False
    owner = value_of(target.value)
    if not (isinstance(owner, Sequence) and owner.kind == "dict"):
        return False
    try:
        return isinstance(_fold(target.slice, value_of), (str, int))
    except Exception:  # noqa: BLE001 a key that may raise
        return False


def _fold(node: ast.expr, value_of: Callable[[ast.expr], Value]) -> Any:
    """The value of `node` computed by running its pure operations (raising what they raise); _Impure otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, _PLAIN):
        return node.value
    if isinstance(node, ast.Name):
        value = value_of(node)
        if isinstance(value, Const) and type(value.value) in _PLAIN:
            return value.value
        raise _Impure
    if not isinstance(node, ast.Call) or node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise _Impure
    function = node.func
    if isinstance(function, ast.Attribute) and function.attr in _TEXT_METHODS:
        receiver = _fold(function.value, value_of)
        if not isinstance(receiver, str):
            raise _Impure
        return getattr(receiver, function.attr)(*(_fold(a, value_of) for a in node.args))
    if len(node.args) != 1 or not (
        isinstance(function, ast.Name)
        or (
            isinstance(function, ast.Attribute)
            and isinstance(function.value, ast.Name)
            and isinstance(value_of(function.value), Instance)
        )
    ):
        raise _Impure
    pure = _PURE_CALLS.get(id(value_of(function)))
    if pure is None:
        raise _Impure
    return pure(_fold(node.args[0], value_of))
