"""A layer the code chose on a condition the engine cannot decide (`DropPath(p) if p > 0 else nn.Identity()`):
the value stands for each of its options, so calling it, or reading or calling one of its members, gives the
join of what each option gives, and a write to one of its attributes may have gone to any option."""

from __future__ import annotations

from dataclasses import dataclass

from .values import BoundMethod, Container, Function, Modelled, TorchModule, UserObject, Value

MAX_OPTIONS = 4  # past this many options the value is unknown (a loop that builds a new layer each time)


@dataclass(frozen=True, eq=False)
class Alternatives(Modelled):
    """One of `options` (layers, or the callables read from them), which one not known."""

    options: tuple[Value, ...]


def _is_option(value: Value) -> bool:
    return isinstance(value, (TorchModule, Container, UserObject, BoundMethod, Function, Alternatives))


def either(a: Value, b: Value) -> Alternatives | None:
    """The value that is `a` or `b`, when both are layers or callables read from them; None otherwise."""
    if not (_is_option(a) and _is_option(b)):
        return None
    options: list[Value] = []
    for value in (a, b):
        for option in value.options if isinstance(value, Alternatives) else (value,):
            if not any(option is kept for kept in options):
                options.append(option)
    return Alternatives(tuple(options)) if len(options) <= MAX_OPTIONS else None
