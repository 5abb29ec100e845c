"""The process-wide cache of op results, keyed by (op, argument shapes/dtypes, constant arguments).

Symbolic sizes are keyed by their expressions over placeholders (the first symbol met is `c0`, the
next `c1`…) together with what the analysis's ShapeEnv knows of each symbol (the probe value torch
decides guards with, its range, a replacement), so a re-analysis that builds the same symbols finds
the results of the previous one and rebuilds them over its own symbols.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from .symbols import Symbols

_CACHE_SIZE = 20_000


class Uncacheable(Exception):
    """An argument or a result the cache cannot key or rebuild (unbacked sizes, unknown objects)."""


class OpCache:
    """Results of calls, least recently used evicted first."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._size = size
        self.hits = 0
        self.misses = 0

    def get(self, key: Any) -> Any:
        """The cached entry for `key`, or None."""
        entry = self._data.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        self._data.move_to_end(key)
        return entry

    def put(self, key: Any, entry: Any) -> None:
        """Remember an entry, evicting the least recently used."""
        self._data[key] = entry
        if len(self._data) > self._size:
            self._data.popitem(last=False)

    @property
    def hit_rate(self) -> float:
        """Hits over lookups since start."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class Placeholders:
    """The symbols of one call, renamed `c0`, `c1`… in the order they are met. A size of the analysis without a hint
    value is keyed as itself (`own`): the key then holds for this analysis only."""

    def __init__(self, symbols: Symbols) -> None:
        self.symbols = symbols
        self._to_placeholder: dict[Any, Any] = {}
        self._to_symbol: dict[Any, Any] = {}
        self._facts: list[tuple] = []
        self.own = False

    @property
    def used(self) -> bool:
        """Whether any symbolic size was met."""
        return bool(self._to_placeholder)

    def facts(self) -> tuple:
        """What the ShapeEnv knows of each symbol met, in placeholder order (part of the key)."""
        return tuple(self._facts)

    def key(self, dim: Any) -> Any:
        """A size as an int or its expression over placeholders; new symbols get the next placeholder."""
        if not isinstance(dim, int):
            for symbol in sorted(dim.node.expr.free_symbols, key=str):
                if symbol not in self._to_placeholder:
                    self._add(symbol)
        return self.known(dim)

    def _add(self, symbol: Any) -> None:
        import sympy

        facts = self.symbols.facts(symbol)
        if facts is None:
            facts = self.symbols.own_facts(symbol)
            if facts is None:
                raise Uncacheable
            self.own = True
        placeholder = sympy.Symbol(f"c{len(self._to_placeholder)}", integer=True)
        self._to_placeholder[symbol] = placeholder
        self._to_symbol[placeholder] = symbol
        self._facts.append(facts)

    def known(self, dim: Any) -> Any:
        """A result's size over placeholders; a symbol the arguments did not have makes it uncacheable."""
        if isinstance(dim, int):
            return dim
        expr = dim.node.expr
        if expr.is_number:
            return int(expr)
        if not expr.free_symbols <= self._to_placeholder.keys():
            raise Uncacheable
        return expr.xreplace(self._to_placeholder)

    def rebuild(self, keyed: Any) -> Any:
        """The size of a cached result over this call's own symbols."""
        if isinstance(keyed, int):
            return keyed
        return self.symbols.size(keyed.xreplace(self._to_symbol))


def argument_key(value: Any, placeholders: Placeholders) -> Any:
    """The cache key of a call's arguments; their symbolic sizes are keyed through `placeholders`."""
    import torch

    if isinstance(value, torch.Tensor):
        if value.layout != torch.strided:  # a sparse tensor: its result is not frozen either
            raise Uncacheable
        return (
            "T",
            tuple(placeholders.key(d) for d in value.shape),
            tuple(placeholders.key(d) for d in value.stride()),
            value.dtype,
            _grad(value),
        )
    if isinstance(value, torch.SymInt):
        return ("SymInt", placeholders.key(value))
    if isinstance(value, torch.nn.Module):
        return ("M", repr(value), tuple(_layer_state(layer, placeholders) for layer in value.modules()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(argument_key(v, placeholders) for v in value))
    if isinstance(value, dict):
        return ("D", tuple(sorted((k, argument_key(v, placeholders)) for k, v in value.items())))
    if isinstance(value, slice):
        return (
            "S",
            argument_key(value.start, placeholders),
            argument_key(value.stop, placeholders),
            argument_key(value.step, placeholders),
        )
    if _library_function(value):  # a layer's activation (F.relu): the same function in every analysis
        return ("F", value.__module__, value.__qualname__)
    if (
        value is None
        or value is Ellipsis
        or isinstance(value, (int, float, str, bool, torch.dtype, torch.device, torch.memory_format, torch.layout))
    ):
        return (type(value).__name__, value)
    raise Uncacheable


def _library_function(value: Any) -> bool:
    """Whether `value` is a function of torch itself, named by its module and qualified name."""
    import types

    module = getattr(value, "__module__", None) or ""
    return isinstance(value, (types.FunctionType, types.BuiltinFunctionType)) and module.split(".")[0] == "torch"


def _layer_state(layer: Any, placeholders: Placeholders) -> Any:
    """What one layer's result may depend on: its class, tensors and settings (a loss's `reduction` and
    `pos_weight`, which its repr does not show)."""
    tensors = [*layer._parameters.items(), *layer._buffers.items()]
    settings = sorted((name, item) for name, item in vars(layer).items() if not name.startswith("_"))
    return (
        type(layer),
        tuple((name, argument_key(tensor, placeholders)) for name, tensor in tensors),
        tuple((name, argument_key(item, placeholders)) for name, item in settings),
    )


def freeze(value: Any, placeholders: Placeholders) -> Any:
    """A call's result in a form the cache keeps (tensors as shape, stride, dtype; sizes over placeholders)."""
    import torch

    if isinstance(value, torch.nn.Module):
        for tensor in [*value.parameters(), *value.buffers()]:
            for d in tensor.shape:
                placeholders.known(d)  # a layer over another analysis's symbols is never handed out
        return ("Obj", value)
    if isinstance(value, torch.Tensor):
        if value.layout != torch.strided or isinstance(value, torch.nn.Parameter):
            raise Uncacheable  # a thawed result is a plain tensor: a parameter must stay one (module.to(dtype))
        return (
            "T",
            tuple(placeholders.known(d) for d in value.shape),
            tuple(placeholders.known(d) for d in value.stride()),
            value.dtype,
            _grad(value),
        )
    if isinstance(value, torch.SymInt):
        return ("SymInt", placeholders.known(value))
    if isinstance(value, torch.Size):
        return ("Size", tuple(placeholders.known(d) for d in value))
    if isinstance(value, tuple):
        return ("tuple", type(value), tuple(freeze(v, placeholders) for v in value))
    if isinstance(value, list):
        return ("list", list, tuple(freeze(v, placeholders) for v in value))
    if value is None or isinstance(value, (int, float, bool, str, torch.dtype)):
        return ("C", value)
    raise Uncacheable


def thaw(frozen: Any, placeholders: Placeholders) -> Any:
    """A fresh result from a cached one: meta tensors, or fake ones over this call's symbols."""
    import torch

    tag = frozen[0]
    if tag == "T":
        _, shape, stride, dtype, grad = frozen
        if all(isinstance(d, int) for d in shape + stride):
            return empty_probe(shape, stride, dtype, grad)
        sizes = [placeholders.rebuild(d) for d in shape]
        strides = [placeholders.rebuild(d) for d in stride]
        with placeholders.symbols.mode():
            return empty_probe(sizes, strides, dtype, grad)
    if tag == "SymInt":
        return placeholders.rebuild(frozen[1])
    if tag == "Size":
        return torch.Size([placeholders.rebuild(d) for d in frozen[1]])
    if tag == "Obj":
        return frozen[1]
    if tag in ("tuple", "list"):
        _, kind, items = frozen
        values = [thaw(item, placeholders) for item in items]
        if kind is list:
            return values
        return kind(*values) if hasattr(kind, "_fields") else (kind(values) if kind is not tuple else tuple(values))
    return frozen[1]


NO_GRAD, LEAF, COMPUTED = "no grad", "leaf", "computed"


def _grad(t: Any) -> str:
    """Autograd's view of a tensor, which decides whether in-place ops on it are allowed."""
    if not t.requires_grad:
        return NO_GRAD
    return LEAF if t.is_leaf else COMPUTED


def empty_probe(shape: Any, stride: Any, dtype: Any, grad: str) -> Any:
    """A meta tensor with this layout; one `COMPUTED` is made by an op, so in-place ops accept it as a
    result of autograd rather than a leaf that requires grad."""
    import torch

    if grad != COMPUTED:
        return torch.empty_strided(shape, stride, dtype=dtype, device="meta", requires_grad=grad == LEAF)
    base = torch.empty(storage_size(shape, stride), dtype=dtype, device="meta", requires_grad=True)
    return base.clone().as_strided(shape, stride)


def contiguous_probe(shape: list[Any], dtype: Any, grad: str, symbols: Any) -> Any:
    """A contiguous `empty_probe` of this shape: a fake tensor, in the mode of `symbols`, when a size is symbolic."""
    stride = [1] * len(shape)
    for i in range(len(shape) - 2, -1, -1):
        stride[i] = stride[i + 1] * shape[i + 1]
    if all(isinstance(d, int) for d in shape):
        return empty_probe(shape, stride, dtype, grad)
    with symbols.mode():
        return empty_probe(shape, stride, dtype, grad)


def storage_size(shape: Any, stride: Any) -> Any:
    """How many elements a tensor with this layout spans (sizes may be symbolic: never known to be 0)."""
    if any(isinstance(size, int) and size == 0 for size in shape):
        return 0
    return 1 + sum((size - 1) * step for size, step in zip(shape, stride, strict=False))
