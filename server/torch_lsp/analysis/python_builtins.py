"""Python's builtins the interpreter models itself (`len`, `range`, `zip`, `dict`, `sum`, ...), each computing its
result from abstract arguments, and the helpers for dicts whose keys are known."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeGuard

from . import layer_stacks
from .absent_attributes import lacks_attribute
from .attribute_dicts import attribute_dict
from .callables import Builtin, BuiltinFunction
from .choices import OneOf, characters, one_of
from .concrete import size_value
from .dict_keys import keys_of, with_key
from .folding import CONSTANT_SEQUENCES, MAX_TEXT, plain_template
from .inheritance import OBJECT, defining_class, derives_dict, super_of
from .instance_checks import isinstance_builtin
from .interp_api import MAX_BUILD_UNROLL, MAX_CONST_ITEMS, InterpreterApi
from .item_sizes import joined_items
from .iterator_firsts import any_item, takes_first
from .joins import join_all, number_kind
from .keyed_orders import keyed_extreme
from .layer_stacks import LayerStack
from .literals import scalar_contents
from .methods import WRAPPERS
from .module_stores import is_layer
from .opened_files import open_builtin
from .overlays.mixed_arrays import MixedArray
from .overlays.numpy_model import NdArray
from .overlays.object_arrays import ObjectArray
from .overlays.types import NAMESPACE
from .range_ints import range_bounds
from .sequential_subclasses import layers_base
from .symbols import Symbols
from .transposed import map_builtin
from .type_checks import type_builtin
from .unordered import Unordered, set_of, sorted_of
from .values import (
    REAL,
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Dataset,
    Function,
    Loader,
    Modelled,
    Range,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
    Value,
)

# names torch's utilities add to a layer: weight_norm / spectral_norm (`weight_g`, `weight_orig`, `weight_u`),
# pruning (`weight_mask`), parametrize (`parametrizations`), quantization (`qconfig`, `weight_fake_quant`)
_ADDED_BY_TORCH = re.compile(r"(_orig|_mask|_g|_u|_v)$|parametriz|quant|qconfig|observer|post_process")


def _len(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    value = interp.mapping(args[0]) if args else UNKNOWN
    if isinstance(value, (TensorValue, NdArray, MixedArray)) and value.probe.dim() > 0:
        return size_value(value.probe.shape[0])
    if isinstance(value, ObjectArray):
        return value.length()
    if isinstance(value, Sequence) and value.items is not None:
        return Const(len(value.items))
    if isinstance(value, Sequence) and value.length is not None:  # a non-empty list of a known size
        return size_value(value.length)
    if isinstance(value, Sequence) and value.kind == "tuple" and value.items is None:
        return interp.tuple_length(value)
    if isinstance(value, Unordered):
        return Const(len(value.members))
    if isinstance(value, Range) and value.ints is not None:  # a range of known ints (enumerate and zip have no len)
        return Const(len(value.ints))
    if isinstance(value, Container):  # nn.Sequential, nn.ModuleList, nn.ModuleDict: one per module
        return Const(len(value.items))
    if isinstance(value, LayerStack):
        return layer_stacks.length(value)
    if isinstance(value, Const) and isinstance(value.value, CONSTANT_SEQUENCES):
        return Const(len(value.value))
    letters = characters(value)
    if letters is not None:  # one of several strings of one length
        return Const(len(letters))
    if isinstance(value, Dataset) and value.length is not None:
        return size_value(value.length)
    base = layers_base(value) if isinstance(value, UserObject) and not defining_class(value.cls, "__len__") else None
    if base is not None:  # a user subclass of nn.Sequential, nn.ModuleList or nn.ModuleDict: one per layer
        return Const(len(base.items))
    if isinstance(value, UserObject) and defining_class(value.cls, "__len__") is not None:
        length = interp.call(interp.attribute(value, "__len__", node), [], {}, node)
        if (isinstance(length, Const) and type(length.value) is int and length.value >= 0) or isinstance(
            length, SymDim
        ):
            return length
    return Scalar(int)


def _range_int(interp: InterpreterApi, arg: Value, source: ast.expr | None) -> Value:
    """An argument of `range`, which raises on anything but an int: one of unknown value is the size named after
    what it reads (`n`, `self.n`, `2 * n`, see interpreter.unknown_size), which it holds from there on."""
    if not (arg is UNKNOWN or (isinstance(arg, Scalar) and arg.kind is int)):
        return arg
    size = interp.unknown_size(source)
    return size if isinstance(size, SymDim) and not interp.symbols.is_unknown(size.value) else arg


def _range(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`range(...)`: its ints, item by item when few and known."""
    sources = node.args if isinstance(node, ast.Call) and len(node.args) == len(args) else [None] * len(args)
    args = [_range_int(interp, arg, source) for arg, source in zip(args, sources, strict=True)]
    ints = [a.value for a in args if isinstance(a, Const) and isinstance(a.value, int)]
    length = None
    if args and len(ints) == len(args):
        try:
            length = len(range(*ints))
        except (TypeError, ValueError):
            length = None
    if length is not None and length <= interp.unroll_limit():
        return Sequence(tuple(Const(i) for i in range(*ints)), "list")
    return Range(Scalar(int), length, bounds=range_bounds(args), ints=range(*ints) if length is not None else None)


def known_iteration_length(iterable: Value) -> Any:
    """How many items iterating a range, a tensor or a numpy array (of objects too) yields (a tensor's or array's
    rows where that is an int); None when not known."""
    if isinstance(iterable, Range):
        return iterable.length
    shape = iterable.shape if isinstance(iterable, TensorValue) else None
    shape = iterable.probe.shape if isinstance(iterable, (NdArray, ObjectArray)) else shape
    return shape[0] if shape and isinstance(shape[0], int) else None


def _enumerate(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`enumerate(items, start)`: each item with its count from `start` (0 unless given), item by item for a
    model's layers as a loop over them runs."""
    inner = interp.iterated(args[0]) if args else UNKNOWN
    start = args[1] if len(args) > 1 else kwargs.get("start", Const(0))
    first = start.value if isinstance(start, Const) and type(start.value) is int else None
    items = interp.iteration_items(inner)
    constants = items is not None and len(items) <= MAX_CONST_ITEMS and all(isinstance(i, Const) for i in items)
    layers = items is not None and len(items) <= MAX_BUILD_UNROLL and all(map(is_layer, items))  # a model's, each
    if first is not None and items is not None and (constants or layers or len(items) <= interp.unroll_limit()):
        return Sequence(tuple(Sequence((Const(i), item)) for i, item in enumerate(items, first)), "list")
    element = Sequence((Scalar(int), interp.iteration_element(inner)))
    count = len(items) if items is not None else known_iteration_length(inner)
    if first == 0:
        return Range(element, count, enumerates=inner)  # as many pairs as `items` has items
    return Range(element, count)  # another start, or one not known: the positions' facts do not hold, the count does


def _zip(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    if not args and not kwargs:  # zip() of no iterable (`zip(*rows)` of no row) yields no tuple
        return Sequence((), "list")
    args = [interp.iterated(a) for a in args]
    all_items = [items for items in (interp.iteration_items(a) for a in args) if items is not None]
    if args and len(all_items) == len(args):
        count = min(len(items) for items in all_items)
        return Sequence(tuple(Sequence(tuple(items[i] for items in all_items)) for i in range(count)), "list")
    return Range(Sequence(tuple(interp.iteration_element(a) for a in args)), _zipped_length(args), zips=tuple(args))


def _zipped_length(args: list[Value]) -> int | None:
    """How many tuples `zip` of tensors and arrays yields: as many as the one of fewest rows has, when each has a
    known number (never of an iterator, which an earlier argument of the same zip may have advanced, nor of a list,
    which the loop may extend); None otherwise."""
    rows = [known_iteration_length(a) if isinstance(a, (TensorValue, NdArray)) else None for a in args]
    known = [count for count in rows if isinstance(count, int)]
    return min(known) if known and len(known) == len(rows) else None


def _iter(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    value = interp.iterated(args[0]) if args else UNKNOWN
    if isinstance(value, Loader):
        return Range(value.batch, first=value.first)
    if isinstance(value, Range) and value.first is not None:
        return any_item(value)  # an iterator's own iterator is itself, which other holders may have advanced
    if isinstance(value, (Range, Dataset)):
        return Range(interp.iteration_element(value))
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None:
        # an iterator is used up as it is walked: a second loop over it may get none of the items
        return Range(interp.iteration_element(value), first=value.items[0] if value.items else None)
    return value


def _next(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`next(it)`: the first item of an iterator made right there (`next(model.parameters())`), else any item; of
    a user object whose class defines `__next__`, what that method returns (Python calls `type(it).__next__(it)`)."""
    value = args[0] if args else UNKNOWN
    if isinstance(value, UserObject) and len(args) == 1 and defining_class(value.cls, "__next__") is not None:
        return interp.call(interp.attribute(value, "__next__", node), [], {}, node)
    if isinstance(value, Range):
        first = isinstance(node, ast.Call) and len(node.args) == 1 and takes_first(node.args[0])
        return value.first if value.first is not None and first else value.element
    fresh = isinstance(node, ast.Call) and len(node.args) == 1 and isinstance(node.args[0], ast.Call)
    if fresh and isinstance(value, Sequence) and value.kind != "dict" and (value.items or value.prefix):
        return value.get(0)
    return interp.iteration_element(value)


def _advanced(interp: InterpreterApi, value: Value) -> Value:
    """An iterator after `next(it)` took its first item: a list, tuple or generator the engine holds as its items
    (only an iterator reaches `next`) holds the others from then on; an iterator over batches yields any batch
    but the first (the last may be smaller)."""
    if isinstance(value, Range) and value.first is not None:
        return replace(value, first=None)
    if not isinstance(value, Sequence) or value.kind not in ("list", "tuple"):
        return value
    if value.items is not None:
        return replace(value, items=value.items[1:])
    return replace(value, prefix=value.prefix[1:], length=None)


def _list(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`list(xs)`: the items of `xs`, or its known first items and any item after them, as many as `xs` yields
    when that is known (a long tensor's or array's rows)."""
    if not args:
        return Sequence((), "list")
    if isinstance(args[0], Unordered):
        return Unordered(args[0].members, "list")
    walked = interp.iterated(args[0])
    items = interp.iteration_items(walked)
    if items is not None:
        return Sequence(tuple(items), "list")
    first = walked.prefix if isinstance(walked, Sequence) and walked.kind in ("list", "tuple") else ()
    length = walked.length if isinstance(walked, Sequence) else known_iteration_length(walked)
    return Sequence(None, "list", element=interp.iteration_element(walked), prefix=first, length=length or None)


def _reversed(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`reversed(xs)`: the same items the other way round (a length and element kept when the items are not known)."""
    if len(args) != 1 or kwargs:
        return UNKNOWN
    value = args[0]
    items = interp.iteration_items(value) if not isinstance(value, Unordered) else None
    if items is not None:
        return Sequence(tuple(reversed(items)), "list")
    if isinstance(value, (Unordered, Range)) or (isinstance(value, Sequence) and value.kind in ("list", "tuple")):
        return value if not isinstance(value, Sequence) else Sequence(None, "list", value.element, length=value.length)
    return UNKNOWN


def _tuple(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    result = _list(interp, args, kwargs, node)
    if isinstance(result, Unordered):
        return Unordered(result.members, "tuple")
    return Sequence(result.items, "tuple", element=result.element) if isinstance(result, Sequence) else UNKNOWN


def _number(kind: type) -> BuiltinFunction:
    def convert(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if len(args) == 1 and isinstance(args[0], Const) and isinstance(args[0].value, (int, float, str, bool)):
            try:
                return Const(kind(args[0].value))
            except (TypeError, ValueError, OverflowError):
                return UNKNOWN
        if len(args) == 1 and isinstance(args[0], Modelled) and kind is str:
            text = args[0].text()
            return UNKNOWN if text is None else Const(text)
        if len(args) == 1 and isinstance(args[0], Const) and kind is bool:  # `bool(None)`, `bool(re.match(...))`
            return Const(bool(args[0].value))
        if len(args) == 1 and isinstance(args[0], Modelled) and kind is bool:
            truth = args[0].truth_value()
            return UNKNOWN if truth is None else Const(truth)
        if len(args) == 1 and isinstance(args[0], SymDim) and kind is int:
            integral = isinstance(args[0].value, int) or type(args[0].value).__name__ == "SymInt"
            return args[0] if integral else Scalar(int)
        number = scalar_contents(args[0]) if len(args) == 1 else None
        if number is not None and kind in (int, float, bool):
            return Const(kind(number))
        if len(args) == 1 and kind in (int, float) and not isinstance(args[0], Sequence):  # int(t) of a tensor too
            return Scalar(kind)
        return UNKNOWN

    return convert


def _slice(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`slice(stop)` / `slice(start, stop[, step])`: the slice `start:stop:step` is."""
    if kwargs or not 1 <= len(args) <= 3:
        return UNKNOWN
    parts = [Const(None), *args, Const(None)] if len(args) == 1 else [*args, Const(None)][:3]
    return interp.slice_of(parts)


def _fold_builtin(function: Callable[..., Any]) -> BuiltinFunction:
    def fold(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if function is abs and len(args) == 1 and not kwargs and isinstance(args[0], TensorValue):
            return interp.call(interp.attribute(args[0], "abs", node), [], {}, node)  # Tensor.__abs__
        if kwargs:
            return keyed_extreme(function, interp, args, kwargs, node) if function in (min, max) else UNKNOWN
        # min and max of one argument iterate it: a list, or any iterable (`max(map(len, rows))`)
        iterable = len(args) == 1 and (
            isinstance(args[0], Sequence) or (function in (min, max) and isinstance(args[0], Range))
        )
        items = interp.iteration_items(args[0]) if iterable else args
        if iterable and items is None:
            return _unknown_number(function, [interp.iteration_element(args[0])])
        if not items or not all(isinstance(a, Const) and isinstance(a.value, (int, float)) for a in items):
            compared = function in (min, max) and len(items or []) > 1
            return _unknown_number(function, [_numpy_number(a) if compared else a for a in items or []])
        values = [a.value for a in items if isinstance(a, Const)]
        try:
            return Const(function(values) if iterable else function(*values))
        except (TypeError, ValueError):
            return UNKNOWN

    return fold


def _numpy_number(value: Value) -> Value:
    """A numpy int64 scalar (a 0-d array: an index numpy found) as an int: `min` and `max` give back one of their
    arguments, and numpy's int64 and a Python int make tensors of one shape and dtype (and arrays of one shape)."""
    if isinstance(value, NdArray) and value.probe.dim() == 0 and str(value.probe.dtype) == "torch.int64":
        return Scalar(int)
    return value


def _unknown_number(function: Callable[..., Any], values: list[Value]) -> Value:
    """`min`, `max`, `abs` or `round` of numbers not all known: a number of their kind (`round(x)` an int)."""
    kinds = [number_kind(value) for value in values]
    if function is round and len(kinds) == 2 and kinds[1] is int:
        kinds = kinds[:1]  # round(x, ndigits) has the kind of x
    elif function is round and len(kinds) == 1:
        kinds = [int] if kinds[0] is not None else kinds
    kind = kinds[0] if kinds and len(set(kinds)) == 1 else None
    if kind is None or (function in (abs, round) and len(kinds) != 1):
        return UNKNOWN
    return Scalar(kind)


def _sum(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`sum(xs, start=0)`: added item by item when the items are known; of an unknown number of numbers, a number
    of their kind (a float if any is one), of tensors, their sum's shape."""
    if not args:
        return UNKNOWN
    start = args[1] if len(args) > 1 else kwargs.get("start", Const(0))
    items = interp.iteration_items(args[0])
    if items is None:
        element = interp.iteration_element(args[0])
        if isinstance(element, TensorValue):
            return element
        kinds = {_counted_kind(element), _counted_kind(start)}
        if None in kinds:
            return UNKNOWN
        return Scalar(float if float in kinds else REAL if REAL in kinds else int)
    total = start
    for item in items:
        total = interp.binary(ast.Add, total, item, node)
    return total


def _counted_kind(value: Value) -> type | None:
    """int, float or REAL for a number `sum` adds (a bool counts as an int); None for anything else."""
    if (isinstance(value, Const) and type(value.value) is bool) or (isinstance(value, Scalar) and value.kind is bool):
        return int
    return number_kind(value)


def _ord(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`ord(c)`: the code point of a known character; of any other argument, an int (or it raises)."""
    if len(args) == 1 and isinstance(args[0], Const) and isinstance(args[0].value, str) and len(args[0].value) == 1:
        return Const(ord(args[0].value))
    return Scalar(int)


def _pow(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`pow(base, exp)` is `base ** exp` (numbers, sizes or tensors alike); with a modulus, folded for known ints."""
    named = dict(zip(("base", "exp", "mod"), args, strict=False)) | kwargs
    if set(named) == {"base", "exp"}:
        return interp.binary(ast.Pow, named["base"], named["exp"], node)
    numbers = [named.get(name) for name in ("base", "exp", "mod")]
    if set(named) == {"base", "exp", "mod"} and all(isinstance(n, Const) and type(n.value) is int for n in numbers):
        base, exp, mod = (n.value for n in numbers if isinstance(n, Const))
        try:
            return Const(pow(base, exp, mod))
        except ValueError:  # no inverse, or a zero modulus
            return UNKNOWN
    return UNKNOWN


STR_METHODS = frozenset(
    {"split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "lower", "upper", "replace", "join"}
    | {"startswith", "endswith", "isdigit", "isalpha", "count", "find", "index", "encode"}
    | {"islower", "isupper", "isalnum", "isspace", "isidentifier", "capitalize", "title", "zfill", "format"}
)
BYTES_METHODS = frozenset({"decode"})


def str_method_of_each(strings: OneOf, name: str) -> BuiltinFunction:
    """A method of a string that is one of a few (`args.dataset.upper()`): one of its results for each option."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        results = [str_method(option.value, name)(interp, args, kwargs, node) for option in strings.options]
        known = [result for result in results if isinstance(result, Const)]
        return one_of(known) if len(known) == len(results) else UNKNOWN

    return apply


def str_method(text: str | bytes, name: str) -> BuiltinFunction:
    """A method of a constant string or bytes, folded when its arguments are constants (`"a b".split()`)."""

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if name == "join" and len(args) == 1 and not kwargs:
            items = interp.iteration_items(args[0])
            args = (
                [Const([i.value for i in items if isinstance(i, Const)])]
                if items and all(isinstance(i, Const) for i in items)
                else []
            )
            if not args:
                return UNKNOWN
        values = [a.value for a in args if isinstance(a, Const)]
        options = {k: v.value for k, v in kwargs.items() if isinstance(v, Const)}
        if len(values) < len(args) or len(options) < len(kwargs):
            return UNKNOWN
        if not all(isinstance(v, (str, int, list)) or v is None for v in [*values, *options.values()]):
            return UNKNOWN
        if name in ("join", "replace") and _growth(text, name, values) > MAX_TEXT:
            return UNKNOWN
        if name == "format" and not (isinstance(text, str) and plain_template(text)):
            return UNKNOWN
        try:
            result = getattr(text, name)(*values, **options)
        except (TypeError, ValueError, IndexError, KeyError):
            return UNKNOWN
        if isinstance(result, list):
            return (
                Sequence(tuple(Const(part) for part in result), "list") if len(result) <= MAX_CONST_ITEMS else UNKNOWN
            )
        return Const(result) if not isinstance(result, str) or len(result) <= MAX_TEXT else UNKNOWN

    return apply


def _growth(text: str | bytes, name: str, values: list[object]) -> int:
    """An upper bound on the length of `text.join(items)` or `text.replace(old, new)`."""
    if name == "join":
        items = values[0] if values and isinstance(values[0], list) else []
        return len(text) * (len(items) + 1) + sum(len(str(item)) for item in items)
    new = values[1] if len(values) > 1 and isinstance(values[1], str) else ""
    return len(text) * (len(new) + 1)


def _dict_builtin(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`dict(mapping_or_pairs, **entries)` with string keys."""
    entries: dict[str, Value] = {}
    if len(args) > 1:
        return UNKNOWN
    args = [interp.mapping(a) for a in args]
    if args and isinstance(args[0], UserObject) and derives_dict(args[0].cls):  # read by its own `keys`
        return UNKNOWN
    if args and is_dict(args[0]):
        entries.update(zip(args[0].fields, args[0].items or (), strict=True))
    elif args:
        pairs = interp.iteration_items(args[0])
        if pairs is None:
            return _open_dict(interp, args[0], kwargs)
        for pair in pairs:
            parts = interp.iteration_items(pair)
            if (
                parts is None
                or len(parts) != 2
                or not (isinstance(parts[0], Const) and isinstance(parts[0].value, str))
            ):
                return UNKNOWN
            entries[parts[0].value] = parts[1]
    entries.update(kwargs)
    return dict_of(entries)


def _open_dict(interp: InterpreterApi, source: Value, kwargs: dict[str, Value]) -> Value:
    """`dict(source)` when its entries are not all known: a dict with unknown keys whose values are those of an open
    dict `source`, or the second items of the pairs `source` yields."""
    if isinstance(source, Sequence) and source.kind == "dict":
        keys, values = keys_of(source), source.element
    else:
        pair = interp.iteration_element(source)
        if not (isinstance(pair, Sequence) and pair.kind in ("tuple", "list") and pair.items and len(pair.items) == 2):
            return UNKNOWN
        keys, values = pair.items
    keys = join_all([keys, *map(Const, kwargs)], interp.symbols)
    return Sequence(None, "dict", element=joined_items([values, *kwargs.values()], interp.symbols), key=keys)


def _vars(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`vars(namespace)`: its attributes as a dict; `vars(obj)` of a user object: its `__dict__`."""
    if len(args) == 1 and isinstance(args[0], Sequence) and args[0].kind == NAMESPACE:
        return interp.namespace_view(args[0])
    if len(args) == 1 and isinstance(args[0], UserObject):
        return attribute_dict(args[0])
    return UNKNOWN


def _globals(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`globals()`: the module's variables, as they are when it is called."""
    return dict_of(interp.module_variables()) if not args and not kwargs else UNKNOWN


def is_dict(value: Value) -> TypeGuard[Sequence]:
    return isinstance(value, Sequence) and value.kind == "dict" and value.items is not None


def dict_of(entries: dict[str, Value]) -> Sequence:
    return Sequence(tuple(entries.values()), "dict", fields=tuple(entries))


def with_entry(owner: Sequence, key: str | int, value: Value) -> Value:
    """A dict or namespace with `key` set to `value`."""
    if owner.items is None:
        return UNKNOWN
    entries: dict[Any, Value] = dict(zip(owner.fields, owner.items, strict=True))  # a dict's keys: str or int
    entries[key] = value
    return Sequence(tuple(entries.values()), owner.kind, fields=tuple(entries))


def entry_key(key: Value) -> str | int | None:
    """The key a dict with known entries keeps an entry under: a known string or int (None for others)."""
    return key.value if isinstance(key, Const) and type(key.value) in (str, int) else None


def stored_entry(owner: Sequence, key: Value, value: Value, symbols: Symbols) -> Value:
    """A dict after `owner[key] = value`: the entry set where the key is a known string or int and the entries are
    known, else a dict of unknown entries covering the old ones and the new one."""
    if owner.kind != "dict":
        return UNKNOWN
    if owner.items is None:
        element = joined_items([owner.element, value], symbols)
        return with_key(Sequence(None, "dict", element=element, key=owner.key), key, symbols)
    if (known := entry_key(key)) is not None:
        return with_entry(owner, known, value)
    keys = join_all([*map(Const, owner.fields), key], symbols)
    return Sequence(None, "dict", element=joined_items([*owner.items, value], symbols), key=keys)


def dict_method(receiver: Sequence, name: str, args: list[Value], symbols: Symbols) -> Value:
    """`d.keys()`, `d.values()`, `d.items()`, `d.get(key, default)`, `d.copy()` of a dict with known entries;
    `d.get(key, default)` at a key the engine does not know, or of a dict of unknown entries: some entry's value
    or the default; `d.keys()`, `d.values()` and `d.items()` of a dict of unknown entries: a list of its keys, of
    its values, of (key, value) pairs."""
    if name == "get" and 1 <= len(args) <= 2 and (receiver.items is None or not isinstance(args[0], Const)):
        default = args[1] if len(args) == 2 else Const(None)
        values = [receiver.element] if receiver.items is None else list(receiver.items)
        return join_all([*values, default], symbols)
    if receiver.items is None and not args and name in ("keys", "values", "items"):  # of each entry: key, value
        key = keys_of(receiver)
        pair = Sequence((key, receiver.element), "tuple")
        return Sequence(None, "list", element={"keys": key, "values": receiver.element, "items": pair}[name])
    if receiver.items is None:
        return UNKNOWN
    keys = tuple(Const(key) for key in receiver.fields)
    items = receiver.items
    if name == "keys" and not args:
        return Sequence(keys, "list")
    if name == "values" and not args:
        return Sequence(receiver.items, "list")
    if name == "items" and not args:
        return Sequence(tuple(Sequence(pair) for pair in zip(keys, items, strict=True)), "list")
    if name == "copy" and not args:
        return receiver
    if name == "get" and args and isinstance(args[0], Const):
        if args[0].value in receiver.fields:
            return items[receiver.fields.index(args[0].value)]
        return args[1] if len(args) > 1 else Const(None)
    return UNKNOWN


def _none(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return Const(None)


def _super(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`super()` in a method, `super(Class, obj)`."""
    return super_of(args, *interp.caller())


def _attribute_name(args: list[Value], count: int) -> str | None:
    """The attribute name of `getattr(obj, "name", ...)` and its kin when it is a known string."""
    if len(args) != count or not (isinstance(args[1], Const) and isinstance(args[1].value, str)):
        return None
    return args[1].value


def _getattr(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`getattr(obj, "name")` is `obj.name`; with a default, known only where the attribute is known to exist; at a
    name that is one of a few strings (see choices), any of those attributes."""
    if len(args) in (2, 3) and isinstance(args[1], OneOf) and not kwargs:
        named = [_getattr(interp, [args[0], option, *args[2:]], kwargs, node) for option in args[1].options]
        return join_all(named, interp.symbols)
    name = _attribute_name(args, 2) or _attribute_name(args, 3)
    if name is None or kwargs:
        return UNKNOWN
    if len(args) == 2 or _has_attribute(interp, args[0], name) is True:
        return interp.attribute(args[0], name, node)
    return args[2] if _has_attribute(interp, args[0], name) is False else UNKNOWN


def _has_attribute(interp: InterpreterApi, owner: Value, name: str) -> bool | None:
    """Whether `owner` has attribute `name`: known for torch's modules and objects, for what a user object was
    given, and for a torch layer (what its class and constructor give it, unless the program may set that name
    or torch's reparametrizing, pruning and quantizing utilities add it); None otherwise."""
    if isinstance(owner, TorchRef):
        return hasattr(owner.obj, name)
    if isinstance(owner, UserObject) and name in owner.attributes:
        return True
    if isinstance(owner, UserObject) and lacks_attribute(interp, owner, name):
        return False
    if isinstance(owner, TorchModule):
        if hasattr(owner.module, name):
            return True
        return None if interp.may_set_attribute(name) or _ADDED_BY_TORCH.search(name) else False
    return None


def _hasattr(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`hasattr(obj, "name")`."""
    name = _attribute_name(args, 2)
    known = _has_attribute(interp, args[0], name) if name is not None and not kwargs else None
    return Const(known) if known is not None else Scalar(bool)


def _callable(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`callable(x)`: functions, classes, torch's callables and layers are; numbers, strings, tensors, arrays and
    lists, tuples and dicts are not; of anything else it is not known."""
    value = args[0] if len(args) == 1 and not kwargs else UNKNOWN
    if isinstance(value, (Function, BoundMethod, Builtin, UserClass, TorchModule, Container)):
        return Const(True)
    if isinstance(value, TorchRef):
        return Const(callable(value.obj))
    if isinstance(value, Const):
        return Const(callable(value.value))
    if isinstance(value, (TensorValue, NdArray)) or (
        isinstance(value, Sequence) and value.kind in ("list", "tuple", "dict")
    ):
        return Const(False)
    return Scalar(bool)


def _setattr(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`setattr(obj, "name", value)` is `obj.name = value`; at a name not known, any attribute may change."""
    name = _attribute_name(args, 3)
    if name is None and not kwargs and len(args) == 3 and isinstance(node, ast.Call):
        interp.forget_attributes(args[0], node)
    if name is None or kwargs:
        return UNKNOWN
    interp.set_attribute(args[0], name, args[2], node)
    return Const(None)


# they answer a question about what they are handed: they call none of its functions and give none of it back
_READERS = frozenset({"isinstance", "hasattr", "callable", "len", "bool", "int", "float", "str", "print"})
BUILTINS: dict[str, Value] = {
    name: Builtin(name, function, keeps_arguments=name in _READERS)
    for name, function in {
        "len": _len,
        "range": _range,
        "enumerate": _enumerate,
        "zip": _zip,
        "map": map_builtin,
        "iter": _iter,
        "list": _list,
        "tuple": _tuple,
        "set": set_of,
        "frozenset": set_of,
        "slice": _slice,
        "sorted": sorted_of,
        "reversed": _reversed,
        "int": _number(int),
        "float": _number(float),
        "bool": _number(bool),
        "str": _number(str),
        "print": _none,
        "super": _super,
        "abs": _fold_builtin(abs),
        "min": _fold_builtin(min),
        "max": _fold_builtin(max),
        "round": _fold_builtin(round),
        "pow": _pow,
        "sum": _sum,
        "ord": _ord,
        "dict": _dict_builtin,
        "vars": _vars,
        "globals": _globals,
        "isinstance": isinstance_builtin,
        "type": type_builtin,
        "getattr": _getattr,
        "hasattr": _hasattr,
        "callable": _callable,
        "setattr": _setattr,
        "open": open_builtin,
    }.items()
}
BUILTINS["next"] = Builtin("next", _next, changes_first=_advanced)
BUILTINS.update(WRAPPERS)
BUILTINS.update(
    {"True": Const(True), "False": Const(False), "None": Const(None), "Ellipsis": Const(Ellipsis), "object": OBJECT}
)
