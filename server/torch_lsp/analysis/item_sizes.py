"""Sizes each item of a list has for itself. A comprehension past the unroll limit evaluates its item once and that
value stands for every item; the sizes made for it (the loop variable's, a random draw's, a join's) take another
value in each item, so two items read from the list must not share them:

    ys = [torch.zeros(i + 1) for i in range(50)]
    ys[1].shape[0] - ys[0].shape[0]        # 1, not 0: each item has its own `i`

Each item gets a fresh symbol, known as much as the original, for each such size.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .alternatives import Alternatives
from .equated_sizes import equated
from .fresh_objects import with_parts
from .joins import join_all
from .overlays.numpy_model import NdArray
from .symbols import Symbols
from .values import Container, Sequence, SymDim, TensorValue, Value


def own_sizes(value: Value, varying: set[Any], symbols: Symbols) -> Value:
    """`value` with each symbol of `varying` it holds replaced by a fresh copy (one per symbol, shared within it),
    itself varying."""
    held = sizes_in(value) & varying if varying else set()
    if not held:
        return value
    replacements = {symbol: symbols.copy_of(symbol).node.expr for symbol in sorted(held, key=str)}
    symbols.varying.update(replacements.values())  # a list made of the copy has one per item again
    return _renamed(value, replacements, symbols)


def joined_items(values: list[Value], symbols: Symbols) -> Value:
    """The one value standing for each of `values` as items of a list (or entries of a dict) of unknown length: the
    sizes the join makes take another value in each item, so they are varying."""
    mark = symbols.size_mark()
    joined = join_all(values, symbols)
    symbols.varying.update(symbols.made_since(mark))
    return joined


def read_item(element: Value, symbols: Symbols) -> Value:
    """One item read from a list of unknown length (by index, unpacking, iteration, `pop`): its varying sizes its
    own."""
    return own_sizes(element, symbols.varying, symbols)


def sizes_in(value: Value) -> set[Any]:
    """The size symbols `value` holds: its tensors', arrays' and ints', its items' and its options'."""
    return _symbols_in(value, set())


def _symbols_in(value: Value, seen: set[int]) -> set[Any]:
    if id(value) in seen:
        return set()
    seen.add(id(value))
    if isinstance(value, (TensorValue, NdArray)):
        return _probe_symbols(value.probe)
    if isinstance(value, SymDim):
        return _probe_symbols(value.value)
    found = _probe_symbols(value.length) if isinstance(value, Sequence) else set()
    for part in _parts(value):
        found |= _symbols_in(part, seen)
    return found


def _probe_symbols(probe: Any) -> set[Any]:
    import torch

    if isinstance(probe, torch.SymInt):
        return set(probe.node.expr.free_symbols)
    if isinstance(probe, torch.Tensor):
        return {s for d in (*probe.shape, *probe.stride()) if isinstance(d, torch.SymInt) for s in _probe_symbols(d)}
    return set()


def _parts(value: Value) -> tuple[Value, ...]:
    if isinstance(value, Sequence):
        return (*(value.items or ()), value.element, *value.prefix)
    if isinstance(value, (Container, Alternatives)):
        return value.items if isinstance(value, Container) else value.options
    return ()


def _renamed(value: Value, replacements: dict[Any, Any], symbols: Symbols) -> Value:
    if isinstance(value, (TensorValue, NdArray)):
        return replace(value, probe=equated(value.probe, replacements, symbols))
    if isinstance(value, SymDim):
        return SymDim(equated(value.value, replacements, symbols))
    changed = with_parts(value, lambda part: _renamed(part, replacements, symbols))
    if isinstance(changed, Sequence):
        return replace(changed, length=equated(changed.length, replacements, symbols))
    return changed
