"""Layers built with an input size that is a symbol without a value (`nn.Linear(config["width"], 10)`), called on
an input whose size there is another (`x` of [8, 16]): the forward checks the two equal, so in a run that goes on
they are, and the call runs on a copy of the layer with that size in place of the symbol. The layer itself keeps
its symbol: a run that stops at the call may have had any width, and what came before the call holds for it. The
other way round, a layer of a known input size called on an input whose size there is a symbol without a value
(`x` of [1, c, 16, 16], c 2 or 3 by a command-line option, into `nn.Conv2d(3, 8, 3)`) runs on a copy of the input
with the layer's size in place of the symbol; the input keeps its symbol."""

from __future__ import annotations

import copy
from typing import Any

from .equated_sizes import equated
from .symbols import Symbols, comparable, expression


def matched(torch: Any, layer: Any, first: Any, symbols: Symbols) -> Any:
    """A copy of `layer` whose input size, a symbol without a value, is the size `first` (the input's probe) has
    there; None when there is no such size or it cannot be put in (a size derived from the symbol becomes one
    torch cannot name)."""
    checked = _checked_size(torch, layer, first)
    if checked is None:
        return None
    size, given = checked
    symbol = expression(size)
    if symbol is None or size.node.hint is not None or not _is_plain(given, symbols):
        return None
    replacement = comparable(given)
    if replacement == symbol:
        return None

    def substituted(dim: Any) -> Any:
        expr = expression(dim)
        if expr is None or symbol not in expr.free_symbols:
            return dim
        result = expr.subs(symbol, replacement)
        if result.is_number:
            return int(result)
        if result == replacement:
            return given
        raise _Unnamed

    try:
        return _copy_with(torch, layer, substituted, symbols)
    except _Unnamed:
        return None


def fitted(torch: Any, layer: Any, first: Any, symbols: Symbols) -> Any:
    """The input's probe with its size the layer's forward checks, a symbol without a value, at the layer's own size
    there, a number: a run that goes on past the call has them equal; None when the input has no such symbol there."""
    import sympy

    checked = _checked_size(torch, layer, first)
    if checked is None or not _compares(torch, layer):
        return None
    size, given = checked
    symbol = expression(given)
    if type(size) is not int or symbol is None or not symbol.is_symbol or given.node.hint is not None:
        return None
    return equated(first, {symbol: sympy.Integer(size)}, symbols)


def requirement(torch: Any, layer: Any, first: Any) -> Any:
    """What the layer's forward checks of the input (`Eq(in_features, x.shape[-1])`, sympy) when its own size there
    is a symbol without a value; None otherwise."""
    import sympy

    checked = _checked_size(torch, layer, first)
    if checked is None or expression(checked[0]) is None:
        return None
    size, given = checked
    return sympy.Eq(size.node.expr, comparable(given))


def at_sizes(torch: Any, layer: Any, sizes: dict[Any, int], symbols: Symbols) -> Any:
    """A copy of `layer` with some of its symbols at numbers; None when a size of it would keep them in part."""

    def substituted(dim: Any) -> Any:
        expr = expression(dim)
        if expr is None or not expr.free_symbols & sizes.keys():
            return dim
        result = expr.subs(sizes)
        if result.is_number:
            return int(result)
        raise _Unnamed

    try:
        return _copy_with(torch, layer, substituted, symbols)
    except _Unnamed:
        return None


class _Unnamed(Exception):
    """A size derived from the symbol that torch has no SymInt for once the symbol is replaced by another."""


def _checked_size(torch: Any, layer: Any, first: Any) -> tuple[Any, Any] | None:
    """The layer's size its forward checks the input against, and the input's size there."""
    nn = torch.nn
    shape = tuple(first.shape)
    if isinstance(layer, nn.Linear) and shape:
        return layer.in_features, shape[-1]
    if isinstance(layer, (nn.RNNBase,)) and shape:
        return layer.input_size, shape[-1]
    if isinstance(layer, nn.modules.conv._ConvNd):
        channel = -(len(layer.kernel_size) + 1)
        return (layer.in_channels, shape[channel]) if len(shape) >= -channel else None
    if isinstance(layer, nn.modules.batchnorm._BatchNorm) and len(shape) >= 2:
        return layer.num_features, shape[1]
    if isinstance(layer, nn.GroupNorm) and len(shape) >= 2:
        return layer.num_channels, shape[1]
    if isinstance(layer, nn.LayerNorm) and len(layer.normalized_shape) == 1 and shape:
        return layer.normalized_shape[0], shape[-1]
    return None


def _compares(torch: Any, layer: Any) -> bool:
    """Whether the layer's forward rejects an input of another size where it checks one: a norm without weights or
    running statistics normalises any number of channels."""
    nn = torch.nn
    if isinstance(layer, nn.modules.batchnorm._BatchNorm):
        return bool(layer.affine or layer.track_running_stats)
    if isinstance(layer, nn.GroupNorm):
        return bool(layer.affine)
    return True


def _is_plain(size: Any, symbols: Symbols) -> bool:
    """An int, or a symbol that is a size on its own: a named one, or an unknown without a probe value (an
    unknown with one stands for several, and would give the copy a size a result could follow)."""
    if isinstance(size, int):
        return True
    expr = expression(size)
    return expr is not None and expr.is_symbol and (size.node.hint is None or not symbols.is_unknown(size))


def _copy_with(torch: Any, layer: Any, substituted: Any, symbols: Symbols) -> Any:
    clone = copy.copy(layer)
    clone.__dict__ = dict(layer.__dict__)
    for registry in ("_parameters", "_buffers"):
        table = dict(getattr(layer, registry))
        for key, tensor in table.items():
            if tensor is None:
                continue
            shape = [substituted(dim) for dim in tensor.shape]
            with symbols.mode():
                fake = torch.empty(shape, dtype=tensor.dtype, device="meta")
            table[key] = torch.nn.Parameter(fake, tensor.requires_grad) if registry == "_parameters" else fake
        clone.__dict__[registry] = table
    for key, value in layer.__dict__.items():
        if not key.startswith("_"):
            clone.__dict__[key] = _follow(value, substituted)
    if isinstance(clone, torch.nn.RNNBase):  # its forward reads the weights from a list made at construction
        clone._init_flat_weights()
    return clone


def _follow(value: Any, substituted: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return type(value)(_follow(item, substituted) for item in value)
    return substituted(value) if getattr(value, "node", None) is not None else value
