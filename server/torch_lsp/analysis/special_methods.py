"""An explicit call of the special method a builtin calls (`xs.__len__()`, `x.size().__len__()`, `batches.__next__()`)
on a value whose type the engine models itself (a list, a tuple, a dict, a tensor, a layer container, a dataset; an
iterator for `__next__`): the builtin looks that method up on the value's type and calls it, so the call is the
builtin (`len(xs)`, `next(batches)`); a user object's call runs its own method instead."""

from __future__ import annotations

from .python_builtins import BUILTINS
from .values import Container, Dataset, Range, Sequence, TensorValue, Value

# the special method, the builtin that calls it with no other argument, and the modelled types that define it
_BUILTIN_OF: dict[str, tuple[str, tuple[type, ...]]] = {
    "__len__": ("len", (Sequence, Container, TensorValue, Dataset)),
    "__next__": ("next", (Range,)),
}


def builtin_of(receiver: Value, name: str, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """The builtin an argument-less `receiver.name()` amounts to (`len` for `__len__`); None when it is no such
    call or the receiver's type is not one the engine models."""
    if name not in _BUILTIN_OF or args or kwargs:
        return None
    builtin, receivers = _BUILTIN_OF[name]
    return BUILTINS[builtin] if isinstance(receiver, receivers) else None
