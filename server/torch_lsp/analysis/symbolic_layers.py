"""Layers whose constructor sizes are symbols without a value (`nn.Linear(args.latent_dim, 128)`): torch cannot
build them on symbolic sizes (initialisers decide on the values), so the layer is built twice with two sets of
distinct stand-in numbers for the symbols the sizes are made of (each size their value there, so sizes keep their
relation: `nn.Embedding(n + 1, d, padding_idx=n)`), and every parameter dimension and attribute that follows a
size's stand-ins in both builds takes that size's symbol. Anything else that differs between the builds (a size
derived from one, `4 * hidden_size`) leaves the layer unbuilt: the engine never shows a stand-in. Only sizes with no
probe value qualify, so no result of the layer can follow one (the op runner does not sample such layers, see
probes.holds_symbols)."""

from __future__ import annotations

from typing import Any

from . import conv_groups
from .symbols import Symbols

# Two builds: slot i stands as unit * (2i + 1) in one and unit * (2i + 2) in the other. A unit of 720720 (divisible
# by 1..16) satisfies constructors that check divisibility (heads, groups); the smaller 5040 (divisible by 1..10)
# is tried when torch refuses the first, whose weights of three or more symbolic sizes (a Conv2d's
# `kernel_size=(k, m)`) hold more elements than torch can count.
_SLOTS = 8
_UNITS = (720720, 5040)
_REGISTRIES = ("_parameters", "_buffers", "_modules")
# arguments that count sublayers: a stand-in there would build millions of them (`nn.GRU(h, h, args.n_layers)`)
_LAYER_COUNTS = frozenset({"num_layers", "num_encoder_layers", "num_decoder_layers"})
_MISMATCH = object()
_GATE_FACTORS = (2, 3, 4, 6, 8)  # gates (LSTM 4, GRU 3) times directions (1 or 2)


class _HasProbeValue(Exception):
    """A size with a probe value: a forward could compute a plain size from it, so the layer is not built."""


def build(cls: type, args: tuple, kwargs: dict[str, Any], symbols: Symbols) -> Any:
    """The layer `cls(*args, **kwargs)` whose size arguments may be torch.SymInts, or None when it cannot be
    built soundly."""
    import torch

    slots: dict[Any, None] = {}  # the free symbols of the sizes, in the order met
    given: dict[Any, tuple[Any, list[int]]] = {}  # a size's expression -> the size and its stand-in in each build

    def stand_in(value: Any, numbers: tuple[int, ...]) -> Any:
        if isinstance(value, torch.SymInt):
            if value.node.hint is not None:
                raise _HasProbeValue
            expr = value.node.expr
            slots.update(dict.fromkeys(sorted(expr.free_symbols, key=str)))
            # past _SLOTS symbols one keeps no stand-in, and int() of the expression raises TypeError
            number = int(expr.xreplace(dict(zip(slots, numbers, strict=False))))
            numbers_given = given.setdefault(expr, (value, []))[1]
            if len(numbers_given) < len(builds) + 1:
                numbers_given.append(number)
            return number
        if isinstance(value, (list, tuple)):
            return type(value)(stand_in(v, numbers) for v in value)
        return value

    args, kwargs, layer_count = _one_recurrent_layer(cls, args, kwargs)
    args, kwargs, groups = conv_groups.ungrouped(cls, args, kwargs)
    if _counts_layers_symbolically(cls, args, kwargs):
        return None
    for unit in _UNITS:
        stand_ins = tuple(tuple(unit * (2 * i + first) for i in range(_SLOTS)) for first in (1, 2))
        builds: list[Any] = []
        given.clear()
        for index in (0, 1):
            slots.clear()
            try:
                given_args = tuple(stand_in(a, stand_ins[index]) for a in args)
                given_kwargs = {k: stand_in(v, stand_ins[index]) for k, v in kwargs.items()}
            except (_HasProbeValue, TypeError):
                return None
            if not slots and layer_count is None and groups is None:
                return None
            try:
                with torch.device("meta"):
                    builds.append(cls(*given_args, **given_kwargs))
            except Exception:  # noqa: BLE001 a constructor refusing the stand-ins: try the next unit
                break
        if len(builds) == 2:
            break
    else:
        return None
    sizes = _sizes_by_pair(list(given.values()))
    if sizes is None:
        return None
    if issubclass(cls, (torch.nn.RNNBase, torch.nn.RNNCellBase)):
        sizes.update(_gate_multiples(sizes))
    layer = _with_symbols(builds[0], builds[1], sizes, symbols)
    if layer is not None and layer_count is not None:
        layer.num_layers = layer_count
    if layer is not None and groups is not None:
        layer = conv_groups.regrouped(layer, groups, symbols)
    return layer


def _sizes_by_pair(given: list[tuple[Any, list[int]]]) -> dict[tuple[int, int], Any] | None:
    """Each size by its two stand-ins; None where a size has the same stand-in in both builds, or two sizes the
    same pair (a dimension that follows such a pair could be either)."""
    sizes: dict[tuple[int, int], Any] = {}
    for size, (one, two) in given:
        if one == two or sizes.setdefault((one, two), size) is not size:
            return None
    return sizes


def _one_recurrent_layer(cls: type, args: tuple, kwargs: dict[str, Any]) -> tuple[tuple, dict[str, Any], Any]:
    """For nn.RNN, nn.LSTM or nn.GRU given a symbolic number of layers without a probe value, the arguments with
    one layer instead, and that number (the layer gets it back once built: its results' shapes are documented
    over it, see recurrent_shapes, and torch never runs it); else the arguments unchanged and None."""
    import torch

    if not issubclass(cls, torch.nn.RNNBase):
        return args, kwargs, None
    count = args[2] if len(args) > 2 else kwargs.get("num_layers")
    if not isinstance(count, torch.SymInt) or count.node.hint is not None:
        return args, kwargs, None
    if len(args) > 2:
        return (*args[:2], 1, *args[3:]), kwargs, count
    return args, {**kwargs, "num_layers": 1}, count


def _gate_multiples(sizes: dict[tuple[int, int], Any]) -> dict[tuple[int, int], Any]:
    """The sizes a recurrent layer derives from one argument: torch documents each of its weights' sizes as a size
    times its gate count (4 for LSTM, 3 for GRU) and its directions (2 when bidirectional)."""
    return {
        (one * factor, two * factor): symbol * factor
        for (one, two), symbol in sizes.items()
        for factor in _GATE_FACTORS
    }


def _with_symbols(first: Any, second: Any, sizes: dict[tuple[int, int], Any], symbols: Symbols) -> Any:
    """`first` with each size that differs from `second` replaced by its symbol; None if one is not a stand-in."""
    import torch

    modules = list(first.named_modules(remove_duplicate=False))
    others = list(second.named_modules(remove_duplicate=False))
    if len(modules) != len(others):
        return None
    for (name, one), (other_name, two) in zip(modules, others, strict=True):
        if name != other_name or type(one) is not type(two):
            return None
        for registry in ("_parameters", "_buffers"):
            for key, tensor in getattr(one, registry).items():
                other = getattr(two, registry).get(key)
                if tensor is None or other is None:
                    if tensor is not other:
                        return None
                    continue
                original = tuple(tensor.shape)
                shape = _follow(original, tuple(other.shape), sizes)
                if shape is _MISMATCH:
                    return None
                if shape is not original:
                    with symbols.mode():
                        fake = torch.empty(shape, dtype=tensor.dtype, device="meta")
                    if registry == "_parameters":
                        fake = torch.nn.Parameter(fake, requires_grad=tensor.requires_grad)
                    getattr(one, registry)[key] = fake
        for key, value in vars(one).items():
            if key in _REGISTRIES or (key.startswith("_") and not _numbers_only(value)):
                continue  # torch's own bookkeeping; a private size (`_reversed_padding_repeated_twice`) follows
            followed = _follow(value, vars(two).get(key), sizes)
            if followed is _MISMATCH:
                return None
            one.__dict__[key] = followed
        if isinstance(one, torch.nn.RNNBase):  # its forward reads the weights from a list made at construction
            one._init_flat_weights()
    return first


def _follow(one: Any, two: Any, sizes: dict[tuple[int, int], Any]) -> Any:
    """`one` with the stand-ins replaced by symbols, given the same value from the other build; _MISMATCH if a
    value differs otherwise than by a stand-in."""
    if isinstance(one, bool) or isinstance(two, bool):
        return one if one is two else _MISMATCH
    if isinstance(one, int) and isinstance(two, int):
        return one if one == two else sizes.get((one, two), _MISMATCH)
    if isinstance(one, (list, tuple)) and isinstance(two, (list, tuple)) and len(one) == len(two):
        items = [_follow(a, b, sizes) for a, b in zip(one, two, strict=True)]
        if any(item is _MISMATCH for item in items):
            return _MISMATCH
        return one if all(a is b for a, b in zip(items, one, strict=True)) else type(one)(items)
    try:
        same = bool(one == two)
    except Exception:  # noqa: BLE001 values that cannot be compared cannot be shown to match
        return _MISMATCH
    return one if same else _MISMATCH


def _numbers_only(value: Any) -> bool:
    """Whether `value` is an int or a list or tuple of them (nested), as a size an attribute keeps is."""
    if isinstance(value, (list, tuple)):
        return bool(value) and all(map(_numbers_only, value))
    return isinstance(value, int) and not isinstance(value, bool)


def _counts_layers_symbolically(cls: type, args: tuple, kwargs: dict[str, Any]) -> bool:
    """Whether a symbolic size is given where the constructor takes a number of sublayers (or where that cannot
    be told: a signature the arguments do not bind to)."""
    import inspect

    import torch

    signature = inspect.signature(cls)
    if issubclass(cls, torch.nn.RNNBase):  # LSTM, GRU, RNN take (*args, **kwargs): RNNBase's, less `mode`
        base = inspect.signature(torch.nn.RNNBase)
        signature = base.replace(parameters=list(base.parameters.values())[1:])
        kwargs = {k: v for k, v in kwargs.items() if k != "nonlinearity"}  # RNN's own: a name, never a size
    try:
        bound = signature.bind(*args, **kwargs)
    except (TypeError, ValueError):
        return True
    for name, value in bound.arguments.items():
        values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
        symbolic = any(isinstance(v, torch.SymInt) for v in values)
        if symbolic and (name in _LAYER_COUNTS or isinstance(value, dict) or name == "args"):
            return True
    return False
