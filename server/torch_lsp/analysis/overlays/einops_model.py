"""`einops`, known by name without importing it: `rearrange`, `repeat` and `reduce` of one tensor (and the
`Rearrange` / `Reduce` layers of `einops.layers.torch`) run as the torch ops they amount to, so symbolic sizes
and shape errors follow as for any op: the input is reshaped into its elementary axes (a composite `(h p)` split
by the lengths given, one length left to infer), reduced over the axes the output drops, permuted into the
output's order, given the new axes `repeat` names (`1` or `()` for an axis of size 1), and reshaped into the
output's groups. `einsum(*tensors, pattern)` runs as `torch.einsum` with each axis name spelled as one letter,
as einops does. A pattern the engine does not parse, a list of tensors or a reduction given as a function
gives an unknown result."""

from __future__ import annotations

import ast
import math
import re
import string
from dataclasses import dataclass
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..probes import OpError
from ..values import UNKNOWN, Const, Sequence, SymDim, TensorValue, TorchRef, Value
from .submodules import Submodule

_TOKEN = re.compile(r"\.\.\.|\(|\)|[A-Za-z_][A-Za-z0-9_]*|\d+")
_REDUCTIONS = {"sum": "torch.sum", "mean": "torch.mean", "max": "torch.amax", "min": "torch.amin", "prod": "torch.prod"}
_ELLIPSIS = "..."  # in a composite: `(...)`
_BARE = "…"  # an ellipsis of its own, one dimension per axis it stands for

Group = list[str]  # the axes of one dimension: a name, several (a composite), none (size 1), or the ellipsis


@dataclass(frozen=True)
class _Pattern:
    left: list[Group]
    right: list[Group]


def _side(text: str) -> list[Group] | None:
    """The groups of one side of a pattern (`b (h w) c`), digits kept as names (`1` is an axis of size 1)."""
    groups: list[Group] = []
    current: Group | None = None
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != "".join(text.split()):
        return None
    for token in tokens:
        if token == "(":
            if current is not None:
                return None
            current = []
        elif token == ")":
            if current is None:
                return None
            groups.append(current)
            current = None
        elif current is not None:
            current.append(token)
        else:
            groups.append([_BARE if token == _ELLIPSIS else token])
    return groups if current is None else None


def _parsed(pattern: Value) -> _Pattern | None:
    if not (isinstance(pattern, Const) and isinstance(pattern.value, str)) or pattern.value.count("->") != 1:
        return None
    left_text, right_text = pattern.value.split("->")
    left, right = _side(left_text), _side(right_text)
    if left is None or right is None:
        return None
    return _Pattern(left, right)


def _named(groups: list[Group], dots: list[str], side: str, known: dict[str, Any]) -> list[Group] | None:
    """The groups with the ellipsis spelled as `dots` (a bare `...` one group each, `(...)` one composite), `1`
    dropped (an axis of size 1) and each other number an anonymous axis of that size, named apart; None when an
    ellipsis sits in a composite on the input side."""
    named: list[Group] = []
    for index, group in enumerate(groups):
        if group == [_BARE]:
            named.extend([dot] for dot in dots)
            continue
        if _ELLIPSIS in group and side == "left":
            return None
        names: Group = []
        for position, name in enumerate(group):
            if name == _ELLIPSIS:
                names.extend(dots)
            elif name.isdigit() and name != "1":
                anonymous = f"#{side}{index}.{position}"
                known[anonymous] = int(name)
                names.append(anonymous)
            elif name != "1":
                names.append(name)
        named.append(names)
    return named


def size_value(size: Any) -> Value:
    return Const(size) if isinstance(size, int) else SymDim(size)


class TorchOps:
    """One einops call as torch ops, through the interpreter (so that each op is checked on the probes)."""

    def __init__(self, interp: InterpreterApi, node: ast.AST) -> None:
        self.interp = interp
        self.node = node

    def op(self, qualname: str, tensor: Value, *args: Value, **kwargs: Value) -> Value:
        obj = self.interp.torch
        for part in qualname.split(".")[1:]:
            obj = getattr(obj, part)
        return self.interp.calls.call_ref(TorchRef(qualname, obj), [tensor, *args], kwargs, self.node)

    def sizes(self, sizes: list[Any]) -> Value:
        return Sequence(tuple(size_value(size) for size in sizes), "tuple")


def _apply(
    interp: InterpreterApi,
    kind: str,
    tensor: Value,
    pattern: Value,
    reduction: Value | None,
    lengths: dict[str, Value],
    node: ast.AST,
) -> Value:
    parsed = _parsed(pattern)
    if (
        parsed is None
        or not isinstance(tensor, TensorValue)
        or not all(isinstance(v, (Const, SymDim)) for v in lengths.values())
    ):
        return UNKNOWN
    known = {name: value.value for name, value in lengths.items() if isinstance(value, (Const, SymDim))}
    shape = list(tensor.probe.shape)
    bare = parsed.left.count([_BARE])
    extra = len(shape) - (len(parsed.left) - bare)
    if (
        bare > 1
        or (bare == 0 and extra != 0)
        or extra < 0
        or (not bare and any(_ELLIPSIS in g or g == [_BARE] for g in parsed.right))
    ):
        return UNKNOWN
    dots = [f"...{i}" for i in range(extra)]
    named_left, named_right = _named(parsed.left, dots, "left", known), _named(parsed.right, dots, "right", known)
    if named_left is None or named_right is None:
        return UNKNOWN
    left, right = named_left, named_right
    in_names, out_names = [n for group in left for n in group], [n for group in right for n in group]
    if len(set(in_names)) != len(in_names) or len(set(out_names)) != len(out_names):
        return UNKNOWN
    dropped = [name for name in in_names if name not in out_names]
    added = [name for name in out_names if name not in in_names]
    if (kind == "rearrange" and (dropped or added)) or (kind == "repeat" and dropped) or (kind == "reduce" and added):
        return UNKNOWN
    if any(name not in known for name in added):
        return UNKNOWN
    run = TorchOps(interp, node)
    split: list[Any] = []
    for group, size in zip(left, shape, strict=True):
        if len(group) == 1:
            split.append(size)
            continue
        unknown = [name for name in group if name not in known]
        if len(unknown) > 1:
            return UNKNOWN
        rest = math.prod([known[name] for name in group if name in known], start=1)
        if isinstance(size, int) and isinstance(rest, int) and (size % rest if unknown else size != rest):
            message = f"shape mismatch, can't divide axis of length {size} in chunks of {rest}"
            interp.report(node, f"einops.{kind}", OpError(message, "EinopsError", None, True), [tensor])
            return UNKNOWN
        split.extend(known.get(name, size // rest) for name in group)  # torch checks that symbolic sizes fit
    value = run.op("torch.reshape", tensor, run.sizes(split))
    if not isinstance(value, TensorValue):
        return UNKNOWN
    axes = dict(zip(in_names, value.probe.shape, strict=True))
    for name, size in known.items():  # a length given for an axis the input has must be its size
        if name in axes and isinstance(axes[name], int) and isinstance(size, int) and axes[name] != size:
            return UNKNOWN
    if dropped:
        method = _REDUCTIONS.get(reduction.value) if isinstance(reduction, Const) else None
        if method is None:
            return UNKNOWN
        positions = Sequence(tuple(Const(in_names.index(name)) for name in dropped), "tuple")
        value = run.op(method, value, positions)
        in_names = [name for name in in_names if name not in dropped]
        if not isinstance(value, TensorValue):
            return UNKNOWN
    kept = [name for name in out_names if name in in_names]
    order = [in_names.index(name) for name in kept]
    if order != sorted(order):
        value = run.op("torch.permute", value, Sequence(tuple(Const(i) for i in order), "tuple"))
    if added:
        value = run.op("torch.reshape", value, run.sizes([1 if name in added else axes[name] for name in out_names]))
        if not isinstance(value, TensorValue):
            return UNKNOWN
        full = [known[name] if name in added else axes[name] for name in out_names]
        value = run.op("torch.broadcast_to", value, run.sizes(full))
    if not isinstance(value, TensorValue):
        return UNKNOWN
    sizes = {**axes, **{name: known[name] for name in added}}
    merged = [math.prod([sizes[name] for name in group], start=1) for group in right]
    return run.op("torch.reshape", value, run.sizes(merged))


def _call(kind: str) -> Builtin:
    def function(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        given = dict(kwargs)
        positional = list(args)
        tensor = positional.pop(0) if positional else given.pop("tensor", UNKNOWN)
        pattern = positional.pop(0) if positional else given.pop("pattern", UNKNOWN)
        reduction = (positional.pop(0) if positional else given.pop("reduction", UNKNOWN)) if kind == "reduce" else None
        if positional:
            return UNKNOWN
        return _apply(interp, kind, tensor, pattern, reduction, given, node)

    return Builtin(kind, function)


def _einsum_letters(pattern: Value) -> str | None:
    """An einops einsum pattern in torch's spelling, one letter an axis name; None where einops refuses it."""
    if not (isinstance(pattern, Const) and isinstance(pattern.value, str)) or pattern.value.count("->") != 1:
        return None
    left_text, right_text = pattern.value.split("->")
    letters: dict[str, str] = {}
    spelled: list[str] = []
    operands = left_text.split(",")
    for index, text in enumerate([*operands, right_text]):
        groups = _side(text)
        if groups is None or any(len(group) != 1 or group[0][0].isdigit() for group in groups):
            return None
        operand = ""
        for (name,) in groups:
            if name == _BARE:
                operand += "..."
                continue
            if name not in letters:
                if index == len(operands) or len(letters) == len(string.ascii_letters):
                    return None
                letters[name] = string.ascii_letters[len(letters)]
            operand += letters[name]
        spelled.append(operand)
    return ",".join(spelled[:-1]) + "->" + spelled[-1]


def _einsum(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`einsum(x, y, "b i, i j -> b j")`: the pattern last, after the tensors."""
    torch_pattern = _einsum_letters(args[-1]) if len(args) > 1 and not kwargs else None
    if torch_pattern is None:
        return UNKNOWN
    einsum = TorchRef("torch.einsum", interp.torch.einsum)
    return interp.calls.call_ref(einsum, [Const(torch_pattern), *args[:-1]], {}, node)


def _layer(kind: str) -> Builtin:
    """`Rearrange(pattern, **lengths)` / `Reduce(pattern, reduction, **lengths)`: a layer that applies it."""
    applied = _call(kind)

    def build(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        def forward(interp: InterpreterApi, inputs: list[Value], more: dict[str, Value], node: ast.AST) -> Value:
            return (
                applied.function(interp, [*inputs[:1], *args], kwargs, node)
                if len(inputs) == 1 and not more
                else UNKNOWN
            )

        return Builtin(kind.capitalize(), forward)

    return Builtin(kind.capitalize(), build)


_FUNCTIONS: dict[str, Value] = {kind: _call(kind) for kind in ("rearrange", "repeat", "reduce")}
_LAYERS: dict[str, Value] = {"Rearrange": _layer("rearrange"), "Reduce": _layer("reduce")}

MEMBERS: dict[str, Value] = {
    **_FUNCTIONS,
    "einsum": Builtin("einsum", _einsum),
    "layers": Submodule({"torch": Submodule(_LAYERS)}),
    **{f"layers.torch.{name}": layer for name, layer in _LAYERS.items()},
}
