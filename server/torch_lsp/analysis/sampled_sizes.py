"""Calls that cannot run on symbolic sizes, run with the symbols set to sampled values instead.

Some ops have no symbolic kernel (they raise on fake tensors) or specialise a symbol to its probe value.
Such a call is run on meta tensors once per sample, each symbol set to a different value in each sample;
a result size that is the same in every sample is a number, one that follows a symbol (`s`, `2*s + 1`,
`(s - 1)//2`) is that expression, and any other becomes an unknown size: never a sampled value.
The samples are large, so the call also runs with small sizes wherever it can: there, a size compared with the
other operands' sizes changes the result (`x.split(s)` of 5 rows is one chunk for every s >= 5, and 5 chunks
for s = 1), and a result must hold at those sizes too. Each run has its own `out=` tensor (and in-place receiver):
torch resizes it to the run's result, which would otherwise leave every result the last run's sizes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .in_place_tensors import unshared
from .op_cache import COMPUTED, NO_GRAD, contiguous_probe, empty_probe
from .symbols import Symbols

# The value of the k-th symbol in sample j is 1000 + 16*k + 841*j*STEP[k]. 841 is 1 more than a multiple of
# 840 (divisible by 2..8) and each step is prime to 840, so every symbol takes every remainder modulo 2..8
# across the samples: a floor division by 2..8 is told apart from its neighbours (`(s - 1)//2` is `s//2` on
# odd sizes only). No step is 2..8 times another, so no symbol's values fit `a*s + b` or `(s + b)//d` of
# another's with the slopes and divisors tried (at most 8).
_STEPS = (1, 11, 13, 17, 19, 23, 29, 31)
SAMPLES = tuple(tuple(1000 + 16 * k + 841 * j * step for k, step in enumerate(_STEPS)) for j in range(8))
SMALL_SIZES = (1, 2, 3, 5)  # in a small sample, the k-th symbol is one of these plus k
_MAX_SLOPE = 8
_DIVISORS = range(2, 9)
_OFFSETS = range(-8, 9)


class NotSampled(Exception):
    """The call failed for a sample, or the samples' results differ in structure."""


def symbols_of(dims: list[Any]) -> list[Any]:
    """The free symbols of symbolic sizes, in a stable order."""
    return sorted({symbol for d in dims for symbol in d.node.expr.free_symbols}, key=str)


def run_sampled(
    fn: Callable[..., Any],
    args: tuple,
    kwargs: dict,
    dims: list[Any],
    substitute: Callable[[Any, dict[Any, int]], Any],
    analysis: Symbols,
    grad: bool,
    pinned: dict[Any, int],
) -> Any:
    """`fn`'s result over the analysis's symbols, from runs with the symbols of the operands' symbolic sizes `dims`
    set to each sample (its tensors made by autograd when `grad`), each `pinned` symbol to 1 or its number, every
    pick of them in some sample; raises NotSampled."""
    import torch

    symbols = symbols_of(dims)
    if len(symbols) > len(SAMPLES[0]) or len(SAMPLES) < 2 ** len(pinned) or not pinned.keys() <= set(symbols):
        raise NotSampled
    order = list(pinned)
    assignments = [
        {
            symbol: (1, pinned[symbol])[j >> order.index(symbol) & 1] if symbol in pinned else sample[i]
            for i, symbol in enumerate(symbols)
        }
        for j, sample in enumerate(SAMPLES)
    ]
    results = []
    for assignment in assignments:
        try:  # the substitution raises too where a sample's sizes overflow a tensor's storage
            concrete_args, concrete_kwargs = unshared(fn, *substitute((args, kwargs), assignment))
            with torch.device("meta"):
                results.append(fn(*concrete_args, **concrete_kwargs))
        except Exception as error:
            raise NotSampled from error
    for base in SMALL_SIZES:
        assignment = {symbol: pinned.get(symbol, base + k) for k, symbol in enumerate(symbols)}
        try:  # the substitution raises too where the small sizes make an operand's size negative
            concrete_args, concrete_kwargs = unshared(fn, *substitute((args, kwargs), assignment))
            with torch.device("meta"):
                results.append(fn(*concrete_args, **concrete_kwargs))
        except Exception:  # noqa: BLE001 the call fails at these sizes: it has no result there to hold for
            continue
        assignments.append(assignment)
    if not all(_varies(dim, assignments) for dim in dims):
        raise NotSampled
    return _combine(results, _Sizes(symbols, assignments, analysis, pinned.keys(), dims), grad)


def _varies(dim: Any, assignments: list[dict[Any, int]]) -> bool:
    """Whether an operand's symbolic size takes two values across the samples: one that does not (a slice
    `x[i:j]` whose bounds the samples order the same way) cannot tell a result size that follows it from a number,
    so no result size may be read from them."""
    try:
        return len({int(dim.node.expr.xreplace(assignment)) for assignment in assignments}) > 1
    except (TypeError, ValueError):  # an expression sympy leaves unevaluated: nothing is known of its values
        return False


def scalar_where_it_returns(
    fn: Callable[..., Any],
    args: tuple,
    kwargs: dict,
    symbols: list[Any],
    substitute: Callable[[Any, dict[Any, int]], Any],
) -> Any:
    """For a call that raises for some values of the symbols only (`cross_entropy(logits.transpose(1, 2), target)`
    over two lengths the engine cannot relate), what it returns when it does not raise, if that is a scalar: the
    call is run with every symbol set to one size, for two sizes, and a 0-d tensor of one dtype from both is
    taken (a rank that reductions and losses keep for every size); None otherwise."""
    import torch

    results = []
    for size in (2, 3):
        try:  # the substitution raises too where these sizes make an operand's size negative
            concrete_args, concrete_kwargs = substitute((args, kwargs), dict.fromkeys(symbols, size))
            with torch.device("meta"):
                results.append(fn(*concrete_args, **concrete_kwargs))
        except Exception:  # noqa: BLE001 it fails at these sizes as well: nothing is known of its result
            return None
    if not all(isinstance(r, torch.Tensor) and r.dim() == 0 and r.dtype == results[0].dtype for r in results):
        return None
    grad = any(t.requires_grad for t in results)
    return empty_probe([], [], results[0].dtype, COMPUTED if grad else NO_GRAD)


class _Sizes:
    """Maps the values one size took in each sample to an expression over the analysis's symbols."""

    def __init__(
        self,
        symbols: list[Any],
        assignments: list[dict[Any, int]],
        analysis: Symbols,
        pinned: Iterable[Any],
        dims: list[Any],
    ) -> None:
        self.symbols = symbols
        self.assignments = assignments
        self.analysis = analysis
        self.fitted = [symbol for symbol in symbols if symbol not in pinned]  # a pinned symbol takes 2 values only
        self.operand_sizes = _operand_sizes(dims, set(self.fitted), assignments)

    def size(self, values: list[int]) -> Any:
        if all(v == values[0] for v in values):
            return values[0]
        for symbol in self.symbols:
            if [a[symbol] for a in self.assignments] == values:
                return self.analysis.size(symbol)
        for symbol in self.fitted:
            expr = _fit(symbol, [a[symbol] for a in self.assignments], values)
            if expr is not None:
                return self.analysis.size(expr)
        for size, taken in self.operand_sizes:
            expr = _fit(size, taken, values)
            if expr is not None:
                return self.analysis.size(expr)
        return self.analysis.unknown()


def _operand_sizes(dims: list[Any], fitted: set[Any], assignments: list[dict[Any, int]]) -> list[tuple[Any, list]]:
    """Each operand size that is an expression over the fitted symbols (`(l//3) - 8`, the length a strided layer
    left), with the values it took in the samples: a result may follow it (a pooling of that length) where it
    follows no symbol by one step."""
    sizes: dict[Any, list[int]] = {}
    for dim in dims:
        expr = dim.node.expr
        if expr.is_Symbol or expr in sizes or not expr.free_symbols <= fitted:
            continue
        try:
            sizes[expr] = [int(expr.xreplace(assignment)) for assignment in assignments]
        except (TypeError, ValueError):  # an expression sympy leaves unevaluated: nothing is known of its values
            continue
    return list(sizes.items())


def _fit(base: Any, taken: list[int], values: list[int]) -> Any:
    """`a*s + b` or `(s + b)//d` that gives `values` when the base (a symbol or an operand's size) takes `taken`;
    None if there is none. A floor division is fitted only where `taken` holds every remainder of its divisor, so
    no other offset gives the same values (the samples give each symbol every remainder of 2..8)."""
    slope, rest = divmod(values[1] - values[0], taken[1] - taken[0]) if taken[1] != taken[0] else (0, 0)
    if not rest and 0 < slope <= _MAX_SLOPE:
        offset = values[0] - slope * taken[0]
        if all(slope * t + offset == v for t, v in zip(taken, values, strict=True)):
            return base * slope + offset
    for divisor in _DIVISORS:
        if len({t % divisor for t in taken}) < divisor:
            continue
        for offset in _OFFSETS:
            if all((t + offset) // divisor == v for t, v in zip(taken, values, strict=True)):
                from torch.utils._sympy.functions import FloorDiv

                return FloorDiv(base + offset, divisor)
    return None


def _combine(results: list[Any], sizes: _Sizes, grad: bool) -> Any:
    import torch

    first = results[0]
    if any(type(r) is not type(first) for r in results):
        raise NotSampled
    if isinstance(first, torch.Tensor):
        if any(r.dim() != first.dim() or r.dtype != first.dtype for r in results):
            raise NotSampled
        shape = [sizes.size([r.shape[i] for r in results]) for i in range(first.dim())]
        state = COMPUTED if grad and (first.dtype.is_floating_point or first.dtype.is_complex) else NO_GRAD
        return contiguous_probe(shape, first.dtype, state, sizes.analysis)
    if isinstance(first, torch.nn.Module):
        return _combine_modules(results, sizes)
    if isinstance(first, bool) or not isinstance(first, (int, tuple, list)):
        if any(r != first for r in results):
            raise NotSampled
        return first
    if isinstance(first, int):
        return sizes.size(list(results))
    if any(len(r) != len(first) for r in results):
        raise NotSampled
    items = [_combine([r[i] for r in results], sizes, grad) for i in range(len(first))]
    if isinstance(first, list):
        return items
    return type(first)(*items) if hasattr(first, "_fields") else type(first)(items)


def _combine_modules(modules: list[Any], sizes: _Sizes) -> Any:
    """The first sample's layer, its parameters, buffers and int settings (`in_features`) over the symbols."""
    import torch

    layers = [dict(m.named_modules()) for m in modules]
    if any(layer.keys() != layers[0].keys() for layer in layers):
        raise NotSampled
    for name, layer in layers[0].items():
        others = [found[name] for found in layers]
        for registry in ("_parameters", "_buffers"):
            for key, tensor in getattr(layer, registry).items():
                if tensor is None:
                    continue
                probe = _combine([getattr(other, registry)[key] for other in others], sizes, False)
                if registry == "_parameters":
                    probe = torch.nn.Parameter(probe, tensor.requires_grad)
                getattr(layer, registry)[key] = probe
        for key, value in vars(layer).items():
            if not key.startswith("_") and isinstance(value, (int, tuple)) and not isinstance(value, bool):
                setattr(layer, key, _combine([vars(other)[key] for other in others], sizes, False))
    return modules[0]
