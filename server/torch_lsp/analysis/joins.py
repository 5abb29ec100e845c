"""Join abstract values where control flow merges (if/else, loops, several call sites)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from . import layer_stacks
from .alternatives import MAX_OPTIONS, dropped, either, reporting_lost
from .choices import joined_strings
from .int_facts import int_value
from .legacy_tensors import join_types
from .numbers_or_tensors import NumberOrTensor, is_scalar_tensor, parts
from .optional_values import is_none, may_be_none, optional, without_none
from .symbols import Symbols, SymbolsDeferred, expression
from .values import (
    REAL,
    UNKNOWN,
    Const,
    Dataset,
    Loader,
    Modelled,
    Range,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchRef,
    Value,
)


def same_dim(a: Any, b: Any) -> bool:
    """Whether two sizes are provably the same (equal ints, or the same symbolic expression)."""
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    if isinstance(a, int) or isinstance(b, int):
        return False
    try:
        return a.node.expr == b.node.expr
    except AttributeError:
        return False


@dataclass
class _Pairing:
    """The sizes one merge of two program states joins, position by position. Sizes equal in one state stay equal
    after the merge when the other state pairs them alike too: two positions joining the same two sizes (a batch's
    inputs and its labels, 128 on one path and 16 on the other) share one new symbol. A symbol that stands for a
    join already (unknown, or a batch size `≤N`) is kept as the join only when every position pairs it alike:
    kept where one position pairs it with 16 and another with 3, it would claim those two equal."""

    partners: dict[Any, set[Any]] = field(default_factory=dict)  # a kept-able symbol -> the sizes paired with it
    shared: dict[tuple[Any, Any], Any] = field(default_factory=dict)  # two sizes -> the symbol they joined to
    conflicted: frozenset[Any] = frozenset()  # symbols paired with several sizes: never kept

    def pair(self, x: Any, y: Any, symbols: Symbols) -> None:
        """Note that one position pairs sizes `x` and `y`."""
        for size, other in ((x, y), (y, x)):
            if symbols.is_unknown(size) or symbols.upper_bound(size) is not None:
                self.partners.setdefault(size_key(size), set()).add(size_key(other))

    def keeps(self, size: Any) -> bool:
        """Whether `size` may stand for its join with another size."""
        return size_key(size) not in self.conflicted

    def symbol(self, x: Any, y: Any, make: Callable[[], Any]) -> Any:
        """The symbol that sizes `x` and `y` join to at every position that pairs them."""
        key = (size_key(x), size_key(y))
        if key not in self.shared:
            self.shared[key] = make()
        return self.shared[key]

    def found_conflicts(self) -> bool:
        """Whether a symbol was paired with several sizes (the merge is joined again without keeping it)."""
        self.conflicted = frozenset(k for k, others in self.partners.items() if len(others) > 1)
        self.shared.clear()
        return bool(self.conflicted)


_PAIRING: ContextVar[_Pairing | None] = ContextVar("pairing", default=None)


def size_key(size: Any) -> Any:
    """A size as a hashable value: the expression of a symbolic size, else the size itself."""
    expr = expression(size)
    return size if expr is None else expr


@contextmanager
def _merge() -> Iterator[_Pairing]:
    pairing = _Pairing()
    token = _PAIRING.set(pairing)
    try:
        yield pairing
    finally:
        _PAIRING.reset(token)


def join_states(pairs: list[tuple[dict[str, Value], dict[str, Value]]], symbols: Symbols) -> list[dict[str, Value]]:
    """Two program states merged, given as pairs of tables (variables, each object's attributes; name -> value):
    each name's join, sizes paired alike across all of them (see _Pairing); a name only one table of a pair has
    keeps that table's value."""

    def merged() -> list[dict[str, Value]]:
        return [{**a, **{k: join(a[k], v, symbols) if k in a else v for k, v in b.items()}} for a, b in pairs]

    if _PAIRING.get() is not None:
        return merged()
    with _merge() as pairing:
        result = merged()
        if pairing.found_conflicts():
            with reporting_lost(None):  # the first pass reported what the joins dropped
                result = merged()
    return result


_LINKING: ContextVar[Callable[[Value, Value], None] | None] = ContextVar("linking", default=None)


@contextmanager
def linking_containers(link: Callable[[Value, Value], None]) -> Iterator[None]:
    """While the block runs, each join of two containers calls `link(operand, joined)` for each operand: what holds
    the join may hold either object, so a change made through one must reach the holders of the other."""
    token = _LINKING.set(link)
    try:
        yield
    finally:
        _LINKING.reset(token)


def join(a: Value, b: Value, symbols: Symbols) -> Value:
    """The most precise value that covers both `a` and `b`."""
    if a is b:
        return a
    if _PAIRING.get() is None:
        return join_states([({"": a}, {"": b})], symbols)[0][""]
    joined = _join(a, b, symbols)
    link = _LINKING.get()
    if link is not None and isinstance(a, Sequence) and isinstance(b, Sequence):
        for operand in (a, b):
            if operand is not joined:
                link(operand, joined)
    return joined


def _join(a: Value, b: Value, symbols: Symbols) -> Value:
    if isinstance(a, TensorValue) and isinstance(b, TensorValue):
        if is_scalar_tensor(a) != is_scalar_tensor(b):  # the 0-d one stands as a number (see numbers_or_tensors)
            return NumberOrTensor(a, b) if is_scalar_tensor(a) else NumberOrTensor(b, a)
        return _join_tensors(a, b, symbols)
    if (may_be_none(a) or may_be_none(b)) and not (is_none(a) and is_none(b)):
        if is_none(a) or is_none(b):
            return optional(without_none(b if is_none(a) else a))
        return optional(join(without_none(a), without_none(b), symbols))
    number_or_tensor = _number_or_tensor(a, b, symbols)
    if number_or_tensor is not None:
        return number_or_tensor
    stack = layer_stacks.grown_join(a, b, symbols)
    if stack is not None:
        return stack
    layers = either(a, b)
    if layers is not None:
        return layers
    strings = joined_strings(a, b, MAX_OPTIONS)
    if strings is not None:
        return strings
    if isinstance(a, Modelled) and isinstance(b, Modelled):
        return a.join(b, symbols)
    if isinstance(a, Const) and isinstance(b, Const):
        try:
            if type(a.value) is type(b.value) and a.value == b.value:
                return a if a.interned == b.interned else Const(a.value)
        except Exception:  # noqa: BLE001 user values' __eq__ may raise anything: an unknown join
            return UNKNOWN
    if isinstance(a, SymDim) and isinstance(b, SymDim) and same_dim(a.value, b.value):
        _pairing().pair(a.value, b.value, symbols)
        return a
    int_or_size = _int_or_size(a, b, symbols) or _int_or_size(b, a, symbols)
    if int_or_size is not None:
        return int_or_size
    either_int = _either_int(a, b, symbols)
    if either_int is not None:
        return either_int
    kind, other = number_kind(a), number_kind(b)
    if kind is not None and other is not None:  # two different numbers: a number of their kind, or either kind
        return Scalar(kind if kind is other else REAL)
    if _is_bool(a) and _is_bool(b):
        return Scalar(bool)
    if isinstance(a, Const) and isinstance(b, Const):
        return UNKNOWN
    if isinstance(a, Sequence) and isinstance(b, Sequence) and a.kind == b.kind:
        if a.kind in ("dict", "namespace") and a.items is not None and b.items is not None and a.fields != b.fields:
            return _join_entries(a, b, symbols)
        maxlen = a.maxlen if a.maxlen == b.maxlen else UNKNOWN  # deques of other bounds: the bound is not known
        if a.items is not None and b.items is not None and len(a.items) == len(b.items) and maxlen == a.maxlen:
            return Sequence(
                tuple(join(x, y, symbols) for x, y in zip(a.items, b.items, strict=False)),
                a.kind,
                fields=a.fields,
                maxlen=maxlen,
                kind_known=a.kind_known and b.kind_known,
            )
        # lengths (or a dict's keys) differ or are not known: any item is the join, a named length both have is kept
        if a.kind in ("list", "tuple", "dict", "deque"):
            element = join_all([*members(a), *members(b)], symbols)
            first = zip(_first_items(a), _first_items(b), strict=False) if a.kind in ("list", "tuple") else ()
            prefix = tuple(join(x, y, symbols) for x, y in first)
            keys: list[Value] = [*_dict_keys(a), *_dict_keys(b)] if a.kind == "dict" else [UNKNOWN]
            key = join_all(keys, symbols) if keys else None  # two dicts with no key yet
            kind_known = a.kind_known and b.kind_known
            length = _shared_length(a.length, b.length)
            return Sequence(
                None,
                a.kind,
                element=element,
                kind_known=kind_known,
                prefix=prefix,
                key=key,
                length=length,
                maxlen=maxlen,
            )
    if isinstance(a, Dataset) and isinstance(b, Dataset):  # datasets chosen by an option: any sample of either
        length = _shared_length(a.length, b.length)
        qualname = a.qualname if a.qualname == b.qualname else "torch.utils.data.Dataset"
        return Dataset(join(a.sample, b.sample, symbols), length, qualname)
    if isinstance(a, Range) and isinstance(b, Range):
        return _join_iterables(a, b, symbols)
    if isinstance(a, Loader) and isinstance(b, Loader):
        return _join_loaders(a, b, symbols)
    if isinstance(a, Modelled) != isinstance(b, Modelled):
        from .overlays.progress_bars import joined_bar  # the overlays import the joins

        bar = joined_bar(a, b, symbols)
        if bar is not None:
            return bar
    if isinstance(a, TorchRef) and isinstance(b, TorchRef):
        import torch

        return join_types(torch, a, b) or UNKNOWN
    dropped(a, b)  # a user layer joined with an unknown value: code the engine no longer follows may call it
    return UNKNOWN


def _shared_length(a: Any, b: Any) -> Any:
    """The length two joined values both have (an int or a size); None when either has none or they differ."""
    return a if a is not None and b is not None and same_dim(a, b) else None


def _int_or_size(number: Value, size: Value, symbols: Symbols) -> Value | None:
    """0 on one path and a size on the other (a count or an offset that starts at 0: `past = 0`, else
    `cache.size(2)`): an int known only to be at least 0, kept a symbol so that sums with it keep their terms
    (`arange(p, n + p)` is n long whatever p is); None for other values."""
    if not (
        isinstance(number, Const)
        and type(number.value) is int
        and number.value == 0
        and isinstance(size, SymDim)
        and not isinstance(size.value, int)
    ):
        return None
    bounds = symbols.bounds_of(getattr(size.value.node, "expr", None))
    if bounds is not None and bounds[0] == 0:  # an int such a join made: it covers 0 already
        return size
    from torch.fx.experimental.symbolic_shapes import statically_known_true

    try:
        if not statically_known_true(size.value >= 0):
            return None
        joined = symbols.zero_or(size.value)
    except SymbolsDeferred:
        return None
    return SymDim(joined) if joined is not None else None


def _either_int(a: Value, b: Value, symbols: Symbols) -> Value | None:
    """Two different ints, one a symbolic size or both (`pad = (k - 1) // 2` on one path, `k // 2` on the other, of a
    command-line `k`): a new int of no known value or sign, one per pair of ints, so that what follows keeps its
    terms (a padded length that a convolution takes back); None for other values, two plain ints included."""
    ints = [int_value(a), int_value(b)]
    if any(i is None for i in ints) or all(isinstance(i, int) for i in ints):
        return None
    try:
        return SymDim(_pairing().symbol(ints[0], ints[1], symbols.any_int))
    except SymbolsDeferred:
        return None


def _join_iterables(a: Range, b: Range, symbols: Symbols) -> Range:
    """Two iterables where control flow merges (an iterator made again when the first ran out): each item is an
    item of either; what both share (a length, a first item, int bounds) is kept."""
    length = a.length if a.length == b.length else None
    first = join(a.first, b.first, symbols) if a.first is not None and b.first is not None else None
    enumerates = a.enumerates if a.enumerates is b.enumerates else None
    same_bounds = a.bounds is not None and b.bounds is not None and all(map(same_dim, a.bounds, b.bounds))
    return Range(join(a.element, b.element, symbols), length, first, enumerates, a.bounds if same_bounds else None)


def _join_loaders(a: Loader, b: Loader, symbols: Symbols) -> Loader:
    """Two DataLoaders where control flow merges (one chosen by an option, one made at each call site): iterating
    yields a batch of either, first the first batch of either; the batch sizes are kept where both share them."""
    first = None
    if a.first is not None or b.first is not None:
        first = join(a.first or a.batch, b.first or b.batch, symbols)
    same_sizes = a.sizes == b.sizes and same_dim(a.batch_dim, b.batch_dim)
    return Loader(
        join(a.batch, b.batch, symbols),
        a.qualname if a.qualname == b.qualname else Loader.qualname,
        first,
        a.sizes if same_sizes else None,
        a.batch_dim if same_sizes else None,
        join(a.dataset, b.dataset, symbols),
    )


def changed_in_place(old: Value, new: Value, symbols: Symbols) -> Value:
    """What a name holds that may be the object `old`, now changed in place to `new`: their join, except that an
    attribute a namespace gained is the new one's (another object would raise on reading it), and `new` itself
    when nothing else differs, so that the next change reaches the name too."""
    if not (
        isinstance(old, Sequence)
        and isinstance(new, Sequence)
        and old.kind == new.kind == "namespace"
        and old.items is not None
        and new.items is not None
    ):
        return join(old, new, symbols)
    before = dict(zip(old.fields, old.items, strict=True))
    items = tuple(join(before[k], v, symbols) if k in before else v for k, v in zip(new.fields, new.items, strict=True))
    if all(item is v for item, v in zip(items, new.items, strict=True)):
        return new
    return Sequence(items, new.kind, fields=new.fields)


def number_kind(value: Any) -> type | None:
    """int, float or REAL (either) for a number (known or not, a size included); None for anything else, bools
    included."""
    if isinstance(value, Scalar):
        return value.kind if value.kind in (int, float, REAL) else None
    if isinstance(value, SymDim):  # a size read back into Python is an int
        return int
    if isinstance(value, Const) and type(value.value) in (int, float):
        return type(value.value)
    return None


def _is_bool(value: Value) -> bool:
    return (isinstance(value, Const) and type(value.value) is bool) or (
        isinstance(value, Scalar) and value.kind is bool
    )


def _join_entries(a: Sequence, b: Sequence, symbols: Symbols) -> Sequence:
    """Dicts (or namespaces) with different keys: an entry only one path set may be missing, so its value is
    unknown."""
    first = dict(zip(a.fields, a.items or (), strict=True))
    second = dict(zip(b.fields, b.items or (), strict=True))
    keys = [*first, *(k for k in second if k not in first)]
    items = tuple(join(first[k], second[k], symbols) if k in first and k in second else UNKNOWN for k in keys)
    return Sequence(items, a.kind, fields=tuple(keys))


def members(sequence: Sequence) -> list[Value]:
    """The values a sequence's items may have: its items, or its element when its length is unknown."""
    return list(sequence.items) if sequence.items is not None else [sequence.element]


def _first_items(sequence: Sequence) -> tuple[Value, ...]:
    """The items a sequence surely starts with: all of them, or those known of a sequence of unknown length."""
    return sequence.items if sequence.items is not None else sequence.prefix


def _number_or_tensor(a: Value, b: Value, symbols: Symbols) -> Value | None:
    """`a` or `b` where one may be a number and the other a tensor (see numbers_or_tensors); None for other
    values."""
    found = [parts(value, number_kind(value) is not None) for value in (a, b)]
    if found[0] is None or found[1] is None:
        return None
    numbers: list[Value] = [*found[0][0], *found[1][0]]
    tensors: list[Value] = [*found[0][1], *found[1][1]]
    if not any(number_kind(value) for value in numbers):  # no Python number: 0-d tensors stand as the number
        numbers += [value for value in tensors if is_scalar_tensor(value)]
        tensors = [value for value in tensors if not is_scalar_tensor(value)]
    if not numbers or not tensors:
        return None
    number, tensor = join_all(numbers, symbols), join_all(tensors, symbols)
    if not isinstance(number, (Const, Scalar, SymDim, TensorValue)) or not (
        number_kind(number) is not None or is_scalar_tensor(number)
    ):
        return UNKNOWN
    return NumberOrTensor(number, tensor) if isinstance(tensor, TensorValue) else UNKNOWN


def join_all(values: list[Value], symbols: Symbols) -> Value:
    """The join of several values (a list whose length differs between paths keeps its element)."""
    if not values:
        return UNKNOWN
    result = values[0]
    for value in values[1:]:
        result = join(result, value, symbols)
    return result


def _join_tensors(a: TensorValue, b: TensorValue, symbols: Symbols) -> Value:
    """Two tensors: their sizes joined (see _join_dim); floating tensors whose dtypes differ keep their shape, the
    dtype not known (either of theirs)."""
    import torch

    dtypes = a.possible_dtypes | b.possible_dtypes
    if len(dtypes) > 1 and not all(d.is_floating_point for d in dtypes):
        return UNKNOWN
    if a.probe.dim() != b.probe.dim() or a.probe.layout != b.probe.layout:
        return UNKNOWN
    joined = dtypes if len(dtypes) > 1 else None
    if a.probe.layout != torch.strided:  # sparse: the same shape, or unknown
        return a if joined is None and all(same_dim(x, y) for x, y in zip(a.shape, b.shape, strict=False)) else UNKNOWN
    pairing = _pairing()
    for x, y in zip(a.shape, b.shape, strict=False):
        pairing.pair(x, y, symbols)
    try:
        dims = [x if same_dim(x, y) else _join_dim(x, y, symbols) for x, y in zip(a.shape, b.shape, strict=False)]
    except SymbolsDeferred:
        return UNKNOWN
    same_layout = _same_layout(a.probe, b.probe)
    for kept in (a, b):
        if same_layout and all(same_dim(d, k) for d, k in zip(dims, kept.shape, strict=False)):
            if (a.device, a.checked_on) == (b.device, b.checked_on) and kept.dtypes == joined:
                return kept
            return TensorValue(kept.probe, _join_device(a, b), kept.origin, dtypes=joined)
    try:
        with symbols.uncached(), torch.device("meta"):
            probe = torch.empty(dims, dtype=a.probe.dtype)
    except SymbolsDeferred:
        return UNKNOWN
    return TensorValue(probe, _join_device(a, b), (*a.origin[-2:], "join"), dtypes=joined)


def _same_layout(a: Any, b: Any) -> bool:
    """Whether two probes are laid out alike; not known (so not alike) where that depends on a size that only
    the data decides (a transpose of a masked selection). Strides are compared without a guard: a guard on such
    a size raises an error whose traceback costs milliseconds, and joins compare thousands of probes."""
    from torch.fx.experimental.symbolic_shapes import GuardOnDataDependentSymNode, statically_known_true

    try:
        if a.is_contiguous() and b.is_contiguous():
            return True
    except GuardOnDataDependentSymNode:
        return False
    left, right = a.stride(), b.stride()
    return len(left) == len(right) and all(statically_known_true(x == y) for x, y in zip(left, right, strict=True))


def _pairing() -> _Pairing:
    pairing = _PAIRING.get()
    assert pairing is not None, "sizes are joined within join or join_states"
    return pairing


def _join_dim(x: Any, y: Any, symbols: Symbols) -> Any:
    """Two different sizes: a batch size `≤N` covers any int from 1 to N, an unknown size covers anything (each
    where every position pairs it alike), else the size is a new unknown, one per pair of sizes."""
    pairing = _pairing()
    for bounded, other in ((x, y), (y, x)):
        limit = symbols.upper_bound(bounded)
        if limit is not None and isinstance(other, int) and 1 <= other <= limit and pairing.keeps(bounded):
            return bounded
    for size in (x, y):
        if symbols.is_unknown(size) and pairing.keeps(size):
            return size
    return pairing.symbol(x, y, symbols.joined)


def _join_device(a: TensorValue, b: TensorValue) -> str:
    return a.device if a.device == b.device else "?"


def _dict_keys(entries: Sequence) -> list[Value]:
    """The values covering a dict's keys: its known keys, or the one value covering them (none where it has no key
    yet)."""
    if entries.items is not None:
        return [Const(name) for name in entries.fields]
    return [] if entries.key is None else [entries.key]
