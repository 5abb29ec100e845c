"""What each argument of a torch call can do to the result's shape, read from torch's operator schemas.

`torch.randn(n, 8, generator=g)` maps to the overloads of `aten::randn`; their schemas declare
`Generator? generator`, `Device? device`, `Layout? layout`, `bool? pin_memory`: arguments that never
change a shape. `SymInt` and `SymInt[]` arguments are sizes, which torch can carry as symbols. A Python
name maps to the aten operator of the same name (`torch.Tensor.add_` to `aten::add_`); an argument's role
is the one every overload that has it agrees on, else none.
"""

from __future__ import annotations

import functools
import re

FREE = "free"  # never changes the result's shape
SIZE = "size"  # a size (SymInt)
SIZES = "sizes"  # a list of sizes (SymInt[]), or one size in its place
RATE = "rate"  # a `float` (a probability, a mean, an epsilon): its value never changes the result's shape
TENSOR = "tensor"  # a tensor, which a Python number passed there is not (role() answers None for it)

_FREE_TYPES = ("Generator", "Device", "Layout", "MemoryFormat")
_FREE_NAMES = ("pin_memory",)


def role(
    label: str, position: int | None = None, keyword: str | None = None, given: int = 0, number: bool = False
) -> str | None:
    """FREE, SIZE, SIZES, RATE or None (a tensor, may change the shape, or not known) for the argument of `label`
    (`torch.randn`, `torch.Tensor.view`) given at `position` (counting `self` for tensor methods) or as `keyword`,
    in a call that passes `given` arguments by position: overloads that take fewer positional arguments do not
    count, nor, for a Python `number`, those that take a tensor there (`bernoulli_(p)`)."""
    overloads = _overloads(label.rpartition(".")[2])
    roles = set()
    for positional, keywords in overloads:
        if len(positional) < given:
            continue
        if keyword is not None and keyword in keywords:
            roles.add(keywords[keyword])
        elif position is not None and position < len(positional):
            roles.add(positional[position])
    if number:
        roles.discard(TENSOR)
    found = roles.pop() if len(roles) == 1 else None
    return None if found == TENSOR else found


def takes_size_list(label: str, given: int) -> bool:
    """Whether every overload of `label` that can take `given` positional arguments (counting `self`) starts with
    a `SymInt[]` (`torch.randn(2, 3)` passes the sizes one by one) or a tensor then a `SymInt[]` (`x.view(2, 3)`):
    Python packs any number of sizes into that list, while an overload with fewer positional arguments
    (`x.view(dtype)`) cannot be the one a call with more of them reaches."""
    firsts = {
        _first_size_slot(types)
        for types in _raw(label.rpartition(".")[2])
        if _first_size_slot(types) is not None or sum(not kwarg_only for *_, kwarg_only in types) >= given
    }
    return len(firsts) == 1 and None not in firsts


@functools.cache
def _overloads(name: str) -> tuple[tuple[tuple[str | None, ...], dict[str, str | None]], ...]:
    """Per overload: the roles of the positional arguments, and of every argument by name."""
    result = []
    for arguments in _raw(name):
        positional = tuple(_role(kind, arg) for kind, arg, kwarg_only in arguments if not kwarg_only)
        result.append((positional, {arg: _role(kind, arg) for kind, arg, _ in arguments}))
    return tuple(result)


@functools.cache
def _raw(name: str) -> tuple[tuple[tuple[str, str, bool], ...], ...]:
    """Per overload of `aten::name`: (declared type, name, keyword-only) of each argument."""
    import torch

    packet = getattr(torch.ops.aten, name, None) if name.isidentifier() else None
    if packet is None:
        return ()
    found = []
    for overload in packet.overloads():
        if overload == "out" or overload.endswith("_out"):
            continue
        schema = getattr(packet, overload)._schema
        found.append(_arguments(str(schema)))
    return tuple(found)


def _arguments(text: str) -> tuple[tuple[str, str, bool], ...]:
    """(type, name, keyword-only) of each argument of a schema written as `aten::f(T a, *, U b=1) -> R`."""
    inside = text[text.index("(") + 1 : text.rindex(") ->")]
    parts, depth, current = [], 0, ""
    for char in inside:
        depth += char in "[("
        depth -= char in "])"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    arguments, kwarg_only = [], False
    for part in parts:
        if part == "*":
            kwarg_only = True
        elif part:
            declared, _, rest = part.partition(" ")
            declared = re.sub(r"\([^)]*\)", "", declared)  # alias annotations: `Tensor(a!)` is a Tensor
            arguments.append((declared, rest.partition("=")[0], kwarg_only))
    return tuple(arguments)


def _role(declared: str, name: str) -> str | None:
    base = declared.removesuffix("?")
    if base in _FREE_TYPES or name in _FREE_NAMES:
        return FREE
    if base == "SymInt" or (base == "int" and name == "steps"):  # `linspace(a, b, steps)`: that many points
        return SIZE
    if base == "float":
        return RATE
    if base == "Tensor":
        return TENSOR
    if base.startswith("SymInt["):
        return SIZES
    return None


def _first_size_slot(arguments: tuple[tuple[str, str, bool], ...]) -> int | None:
    positional = [declared for declared, _, kwarg_only in arguments if not kwarg_only]
    for index, declared in enumerate(positional[:2]):
        if declared.startswith("SymInt["):
            return index
        if declared != "Tensor":
            return None
    return None
