"""A layer the code chose on a condition the engine cannot decide (`DropPath(p) if p > 0 else nn.Identity()`), a
torch layer class (`activations[name]` of `{'relu': nn.ReLU, 'tanh': nn.Tanh}` at an unknown name), or a torch
function (`self.output = F.sigmoid` or `F.tanh` on a command-line option): the value stands for each of its
options, so calling it, or reading or calling one of its members, gives the join of what each option gives, and a
write to one of its attributes may have gone to any option. Past MAX_OPTIONS the value is unknown: the options it
loses are reported (`reporting_lost`), since code the engine no longer follows may call them."""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .values import (
    UNKNOWN,
    BoundMethod,
    Container,
    Function,
    Modelled,
    TorchModule,
    TorchRef,
    UserObject,
    Value,
)

MAX_OPTIONS = 4  # past this many options the value is unknown (a loop that builds a new layer each time)

_LOSING: ContextVar[Callable[[Value], None] | None] = ContextVar("losing", default=None)


@contextmanager
def reporting_lost(report: Callable[[Value], None] | None) -> Iterator[None]:
    """While the block runs, each option a join drops goes to `report` (None: dropped silently, for the joins that
    only sum up what a name held, never what the program holds)."""
    token = _LOSING.set(report)
    try:
        yield
    finally:
        _LOSING.reset(token)


def dropped(*values: Value) -> None:
    """Report values a join could not keep (a layer joined with something unknown): see `reporting_lost`."""
    report = _LOSING.get()
    if report is not None:
        for value in values:
            report(value)


@dataclass(frozen=True, eq=False)
class Alternatives(Modelled):
    """One of `options` (layers, or the callables read from them), which one not known."""

    options: tuple[Value, ...]


def _is_option(value: Value) -> bool:
    if isinstance(value, TorchRef) and isinstance(value.obj, type):
        import torch

        return issubclass(value.obj, torch.nn.Module)
    if isinstance(value, TorchRef):  # a torch function (`F.sigmoid`, `torch.tanh`), called alike
        return isinstance(value.obj, (types.FunctionType, types.BuiltinFunctionType))
    return isinstance(value, (TorchModule, Container, UserObject, BoundMethod, Function, Alternatives))


def _same(a: Value, b: Value) -> bool:
    """One option: the same object, the same torch class however it was looked up, two stateless torch layers
    built alike (`nn.ReLU()` made on each pass of a loop), which no call can tell apart, or two functions one
    `def` or `lambda` made in one scope, which share their defaults and the variables they read."""
    if a is b or (isinstance(a, TorchRef) and isinstance(b, TorchRef) and a.obj is b.obj):
        return True
    if isinstance(a, Function) and isinstance(b, Function):
        return a.node is b.node and a.scope is b.scope and a.owner is b.owner
    return isinstance(a, TorchModule) and isinstance(b, TorchModule) and _stateless_twins(a.module, b.module)


def _stateless_twins(a: object, b: object) -> bool:
    """Two torch layers of one class, without parameters, buffers or sublayers, whose settings print alike."""
    import torch

    if type(a) is not type(b) or not isinstance(a, torch.nn.Module) or not isinstance(b, torch.nn.Module):
        return False
    if any(True for _ in a.parameters()) or any(True for _ in a.buffers()) or any(True for _ in a.children()):
        return False
    return a.extra_repr() == b.extra_repr()


def either(a: Value, b: Value) -> Alternatives | None:
    """The value that is `a` or `b`, when both are layers or callables read from them; None otherwise."""
    if not (_is_option(a) and _is_option(b)):
        return None
    options: list[Value] = []
    for value in (a, b):
        for option in value.options if isinstance(value, Alternatives) else (value,):
            if not any(_same(option, kept) for kept in options):
                options.append(option)
    if len(options) <= MAX_OPTIONS:
        return Alternatives(tuple(options))
    report = _LOSING.get()
    if report is not None:
        for option in options:
            report(option)
    return None


def may_be(value: Value, obj: Value) -> bool:
    """Whether `value` may be the very object `obj`: it is, or `obj` is one of its options."""
    return value is obj or (isinstance(value, Alternatives) and any(option is obj for option in value.options))


def with_option_changed(value: Value, obj: Value, now: Value) -> Value:
    """What `value`, which may be the object `obj` (see `may_be`), is once that object, changed in place, is
    `now`: `now` where it is `obj`, else one of its other options or `now`; unknown past MAX_OPTIONS."""
    if value is obj or not isinstance(value, Alternatives):
        return now if value is obj else value
    joined: Value | None = now
    for option in value.options:
        if option is not obj and joined is not None:
            joined = either(joined, option)
    return UNKNOWN if joined is None else joined
