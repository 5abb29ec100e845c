"""`tqdm`, known by name without importing it: `tqdm(iterable, ...)` (also from `tqdm.auto`, `tqdm.notebook`,
`tqdm.tqdm`) yields the items of what it wraps, in order, and `trange(...)` those of `range(...)`; the bar's own
methods (`update`, `set_description`, `set_postfix`, `close`, ...) return None and change no value the engine
follows; `with tqdm(...) as bar` binds the bar itself. A name holding a bar on one path and what it wraps on another
walks the items of either."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import join
from ..symbols import Symbols
from ..values import UNKNOWN, Const, Dataset, Loader, Modelled, Range, Sequence, TensorValue, Value
from .submodules import Submodule

_BAR_METHODS = frozenset(
    {
        "update",
        "set_description",
        "set_description_str",
        "set_postfix",
        "set_postfix_str",
        "close",
        "refresh",
        "reset",
        "clear",
        "display",
        "write",
        "unpause",
    }
)


@dataclass(frozen=True, eq=False)
class ProgressBar(Modelled):
    """A tqdm bar over `iterable` (None: a bar with no iterable, advanced by `update`)."""

    iterable: Value | None

    def member(self, name: str) -> Value:
        """The bar's methods, which return None."""
        if name in _BAR_METHODS:
            return Builtin(name, lambda interp, args, kwargs, node: Const(None))
        if name == "__enter__":
            return Builtin(name, lambda interp, args, kwargs, node: self)
        return UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two bars where control flow merges: a bar over the items of either."""
        return joined_bar(self, other, symbols) or UNKNOWN


def joined_bar(a: Value, b: Value, symbols: Symbols) -> Value | None:
    """A bar where control flow merges with another bar or with the iterable it would wrap (`if verbose: loader =
    tqdm(loader)`): a bar over the items of either, as iterating a bar walks its iterable (the bar's own methods,
    which return None, raise on the other path); None unless one is a bar and the other a bar or an iterable."""
    bar, other = (a, b) if isinstance(a, ProgressBar) else (b, a)
    if not isinstance(bar, ProgressBar) or bar.iterable is None:
        return None
    walked = other.iterable if isinstance(other, ProgressBar) else other
    if not isinstance(walked, (Loader, Range, Dataset, Sequence, TensorValue)):
        return None
    iterable = join(bar.iterable, walked, symbols)
    return ProgressBar(iterable) if iterable is not UNKNOWN else None


def unwrapped(value: Value) -> Value:
    """What iterating `value` walks: a progress bar's iterable (unknown for a bar with none), any other value."""
    if isinstance(value, ProgressBar):
        return value.iterable if value.iterable is not None else UNKNOWN
    return value


def _tqdm(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    iterable = args[0] if args else kwargs.get("iterable")
    return ProgressBar(None if isinstance(iterable, Const) and iterable.value is None else iterable)


def _trange(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    from ..python_builtins import BUILTINS  # the builtins import the overlays

    return ProgressBar(interp.call(BUILTINS["range"], args, {}, node))


_BARS: dict[str, Value] = {"tqdm": Builtin("tqdm", _tqdm), "trange": Builtin("trange", _trange)}
_VARIANTS = ("auto", "notebook", "std", "rich")

MEMBERS: dict[str, Value] = {
    **_BARS,
    **{variant: Submodule(_BARS) for variant in _VARIANTS},
    **{f"{variant}.{name}": bar for variant in _VARIANTS for name, bar in _BARS.items()},
}
