"""`torch.multiprocessing.spawn(fn, args=(), nprocs=1, join=True, ...)` (and `start_processes`): each of the `nprocs`
processes it starts calls `fn(i, *args)`, `i` its index in [0, nprocs); one interpreted call, with an int known only
by those bounds, stands for every call. Joined (the default), it returns None once they are done; else a context
the engine does not model."""

from __future__ import annotations

import ast
from typing import Any

from .interp_api import InterpreterApi
from .overlays.random import bounded_int
from .values import UNKNOWN, Const, Function, Sequence, Value

_PARAMETERS = ("fn", "args", "nprocs", "join")


def spawned(
    interp: InterpreterApi, torch: Any, obj: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """What `obj(*args, **kwargs)` gives when `obj` starts processes that call a user function; None otherwise."""
    if obj not in (torch.multiprocessing.spawn, torch.multiprocessing.start_processes):
        return None
    given = dict(zip(_PARAMETERS, args, strict=False)) | kwargs
    fn, passed = given.get("fn"), given.get("args", Sequence((), "tuple"))
    if not isinstance(fn, Function) or not isinstance(passed, Sequence) or passed.items is None:
        return None
    index = bounded_int(interp, Const(0), given.get("nprocs", Const(1)), inclusive=False)
    interp.call(fn, [index, *passed.items], {}, node)
    interp.model_every_call(fn)
    join = given.get("join", Const(True))
    return Const(None) if isinstance(join, Const) and join.value is True else UNKNOWN
