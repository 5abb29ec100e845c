"""An argument of a torch call that may be None (`MaybeNone`: `vocab.get(pad)` given as `padding_value`) where
torch refuses None: its argument parser wants a `float`, an `int`, a `Tensor` that is not optional (TypeError), or a
Python function of torch asks None for a tensor's attribute (`F.log_softmax(None)` reads `None.dim`:
AttributeError). Called with None, the call raises before it computes anything, so it returns only with the other
value, which the engine passes instead. Asked only of a call with one such argument, whose other arguments are all
known. A list or tuple argument's item counts as an argument (`torch.cat([kept, rest])`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import torch

from .concrete import NotConcrete, to_concrete
from .optional_values import MaybeNone
from .values import Const, Sequence, Value

_REFUSED = re.compile(r"\bNoneType\b")  # `must be float, not NoneType`, `got (NoneType, ...)`, `'NoneType' object has`


def past_refused_none(fn: Any, args: list[Value], kwargs: dict[str, Value]) -> tuple[list[Value], dict[str, Value]]:
    """The arguments with the one that may be None replaced by its other value where torch refuses None there."""
    if sum(_maybe_nones(a) for a in [*args, *kwargs.values()]) != 1:
        return args, kwargs

    def given(value: Value | None) -> tuple[list[Value], dict[str, Value]]:
        def put(old: Value) -> Value:
            if isinstance(old, Sequence) and old.items is not None:
                return replace(old, items=tuple(put(item) for item in old.items))
            return old if not isinstance(old, MaybeNone) else value if value is not None else old.value

        return [put(a) for a in args], {k: put(v) for k, v in kwargs.items()}

    with_none = given(Const(None))
    try:
        c_args = tuple(to_concrete(a) for a in with_none[0])
        c_kwargs = {k: to_concrete(v) for k, v in with_none[1].items()}
    except NotConcrete:
        return args, kwargs
    try:
        with torch.device("meta"):
            fn(*c_args, **c_kwargs)
    except (TypeError, AttributeError) as error:
        return given(None) if _REFUSED.search(str(error)) else (args, kwargs)
    except Exception:  # noqa: BLE001 any other failure says nothing of None
        return args, kwargs
    return args, kwargs


def _maybe_nones(value: Value) -> int:
    """How many values that may be None an argument is or holds as a list's or tuple's items (`torch.cat([a, b])`)."""
    if isinstance(value, Sequence) and value.items is not None:
        return sum(isinstance(item, MaybeNone) for item in value.items)
    return int(isinstance(value, MaybeNone))
