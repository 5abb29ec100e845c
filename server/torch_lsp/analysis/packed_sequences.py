"""`torch.nn.utils.rnn`'s packed sequences, which torch cannot build on probes (it reads the lengths' values).

`pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)` of an input [T, B, *] ([B, T, *] with
batch_first) is a PackedSequence of B sequences whose data is [sum(lengths), *] and whose batch_sizes is
[max(lengths)] (int64, on the CPU); `pack_sequence(tensors)` packs tensors [L_i, *] with lengths L_i. With
enforce_sorted=False its sorted_indices and unsorted_indices are [B] int64 tensors, else None. A recurrent layer
maps it to a PackedSequence of the same lengths (see recurrent_shapes.packed_forward), and
`pad_packed_sequence(packed, batch_first=False, padding_value=0.0, total_length=None)` gives (padded, lengths):
padded [T, B, *] ([B, T, *] with batch_first), T = total_length when given, else max(lengths), and lengths [B]
int64 on the CPU. A sum or maximum of lengths whose values are not all known is a size of its own. Where torch
refuses the call (lengths not above 0, not sorted with enforce_sorted, not one per sequence, a total_length below
the longest) or packs a length beyond T without complaint (into data of another size), nothing is modelled.
"""

from __future__ import annotations

import inspect
import itertools
from dataclasses import dataclass
from typing import Any, ClassVar

from . import recurrent_shapes
from .concrete import NotConcrete, from_concrete, to_concrete
from .interp_api import InterpreterApi
from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .overlays.numpy_model import NdArray
from .probes import tree_tensors
from .symbols import SymbolsDeferred
from .values import UNKNOWN, Const, Modelled, Scalar, Sequence, SymDim, TensorValue, Value

_FIELDS = ("data", "batch_sizes", "sorted_indices", "unsorted_indices")


@dataclass(frozen=True, eq=False)
class PackedValue(Modelled):
    """A PackedSequence: its `data`, its number of time steps (max(lengths)) and of sequences, and `indices` (the
    [batch] sorted and unsorted indices) when torch sorted the sequences, else None."""

    data: TensorValue
    steps: Any  # an int or a torch.SymInt
    batch: Any
    indices: TensorValue | None
    batch_sizes: TensorValue
    instance_of: ClassVar[str] = "torch.nn.utils.rnn.PackedSequence"

    def member(self, name: str) -> Value:
        """`data`, `batch_sizes`, `sorted_indices` and `unsorted_indices`."""
        if name == "data":
            return self.data
        if name == "batch_sizes":
            return self.batch_sizes
        if name in _FIELDS:
            return self.indices if self.indices is not None else Const(None)
        return UNKNOWN

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`packed[i]`: a PackedSequence is the tuple of its four fields."""
        if isinstance(index, Const) and type(index.value) is int and -len(_FIELDS) <= index.value < len(_FIELDS):
            return self.member(_FIELDS[index.value])
        return UNKNOWN


def packed_call(
    interp: InterpreterApi, fn: Any, args: list[Value], kwargs: dict[str, Value], line: Any
) -> Value | None:
    """The value of `fn(*args, **kwargs)` for pack_padded_sequence, pack_sequence and pad_packed_sequence (UNKNOWN
    where torch refuses the call or it is not modelled); None for any other `fn`."""
    rnn = interp.torch.nn.utils.rnn
    builders = {
        rnn.pack_padded_sequence: _pack_padded,
        rnn.pack_sequence: _pack_list,
        rnn.pad_packed_sequence: _pad_packed,
    }
    if fn not in builders:
        return None
    signature = inspect.signature(fn)
    try:
        bound = signature.bind(*args, **kwargs).arguments
    except TypeError:
        return UNKNOWN
    given = {name: bound.get(name, Const(p.default)) for name, p in signature.parameters.items()}
    try:
        return builders[fn](interp, given, line)
    except SymbolsDeferred:  # a size of its own is needed before symbolic sizes are available
        return UNKNOWN


def recurrent(
    interp: InterpreterApi, layer: Any, packed: PackedValue, hx: Value, label: str, line: Any
) -> Value | None:
    """`layer(packed, hx)` of a recurrent layer: (a PackedSequence of the output features, the final states); None
    where torch would refuse the call."""
    torch = interp.torch
    try:
        state = to_concrete(hx)
    except NotConcrete:
        return None
    probe = packed.data.probe
    grad = any(t.requires_grad for t in [*layer.parameters(), probe, *tree_tensors(state)])

    def shaped(shape: list[Any]) -> Any:
        return contiguous_probe(shape, probe.dtype, COMPUTED if grad else NO_GRAD, interp.symbols)

    result = recurrent_shapes.packed_forward(
        torch, layer, probe, packed.batch, state, shaped, interp.symbols.surely_differ
    )
    if result is None:
        return None
    data, states = result
    origin = (*packed.data.origin[-3:], label.rsplit(".", 1)[-1])

    def tensor(made: Any) -> TensorValue:
        return TensorValue(made, packed.data.device, origin, None, line, dtypes=packed.data.dtypes)

    output = PackedValue(tensor(data), packed.steps, packed.batch, packed.indices, packed.batch_sizes)
    return Sequence((output, from_concrete(states, tensor)), "tuple")


def _pack_padded(interp: InterpreterApi, given: dict[str, Value], line: Any) -> Value:
    """`pack_padded_sequence(input, lengths, batch_first, enforce_sorted)`."""
    input, batch_first, enforce_sorted = given["input"], _flag(given["batch_first"]), _flag(given["enforce_sorted"])
    if not isinstance(input, TensorValue) or input.probe.dim() < 2 or batch_first is None or enforce_sorted is None:
        return UNKNOWN
    steps_given, batch = input.shape[1::-1] if batch_first else input.shape[:2]
    counted = _lengths(given["lengths"])
    if counted is None:
        return UNKNOWN
    count, lengths = counted
    if isinstance(count, int) and isinstance(batch, int) and count != batch:
        return UNKNOWN
    batch = count if isinstance(count, int) else batch
    if lengths is not None and not _accepted(lengths, enforce_sorted):
        return UNKNOWN
    if lengths is not None and isinstance(steps_given, int) and max(lengths) > steps_given:
        return UNKNOWN
    exact = lengths is not None and isinstance(steps_given, int)
    total = sum(lengths) if exact and lengths is not None else interp.symbols.joined()
    steps = max(lengths) if lengths is not None else interp.symbols.joined()
    return _packed(interp, input, [total, *input.shape[2:]], steps, batch, not enforce_sorted, line)


def _pack_list(interp: InterpreterApi, given: dict[str, Value], line: Any) -> Value:
    """`pack_sequence(sequences, enforce_sorted)`: the tensors [L_i, *] padded, then packed with lengths L_i."""
    sequences, enforce_sorted = given["sequences"], _flag(given["enforce_sorted"])
    if not isinstance(sequences, Sequence) or enforce_sorted is None:
        return UNKNOWN
    sort = not enforce_sorted
    if sequences.items is None:
        first = sequences.element
        if not isinstance(first, TensorValue) or first.probe.dim() == 0:
            return UNKNOWN
        batch = sequences.length if sequences.length is not None else interp.symbols.joined()
        steps = first.shape[0] if isinstance(first.shape[0], int) else interp.symbols.joined()
        return _packed(interp, first, [interp.symbols.joined(), *first.shape[1:]], steps, batch, sort, line)
    tensors = [item for item in sequences.items if isinstance(item, TensorValue) and item.probe.dim() > 0]
    if not tensors or len(tensors) != len(sequences.items):
        return UNKNOWN
    first = tensors[0]
    if any(t.probe.dtype != first.probe.dtype or not _same_sizes(t.shape[1:], first.shape[1:]) for t in tensors):
        return UNKNOWN
    lengths = [t.shape[0] for t in tensors]
    known = all(isinstance(length, int) for length in lengths)
    if known and not _accepted(lengths, enforce_sorted):
        return UNKNOWN
    steps = max(lengths) if known else interp.symbols.joined()
    return _packed(interp, first, [sum(lengths), *first.shape[1:]], steps, len(tensors), sort, line)


def _pad_packed(interp: InterpreterApi, given: dict[str, Value], line: Any) -> Value:
    """`pad_packed_sequence(sequence, batch_first, padding_value, total_length)`: (padded, lengths)."""
    packed, batch_first, total_length = given["sequence"], _flag(given["batch_first"]), given["total_length"]
    if not isinstance(packed, PackedValue) or batch_first is None:
        return UNKNOWN
    if isinstance(total_length, Const) and total_length.value is None:
        steps = packed.steps
    elif isinstance(total_length, Const) and type(total_length.value) is int:
        steps = total_length.value
        if isinstance(packed.steps, int) and steps < packed.steps:
            return UNKNOWN
    elif isinstance(total_length, SymDim):
        steps = total_length.value
    elif isinstance(total_length, Scalar) and total_length.kind is int:
        steps = interp.symbols.joined()
    else:
        return UNKNOWN
    data = packed.data
    leading = [packed.batch, steps] if batch_first else [steps, packed.batch]
    padded = _tensor(interp, data, [*leading, *data.shape[1:]], data.probe.dtype, data.device, line)
    lengths = _tensor(interp, data, [packed.batch], interp.torch.int64, "cpu", line, grad=False)
    return Sequence((padded, lengths), "tuple")


def _packed(
    interp: InterpreterApi, input: TensorValue, shape: list[Any], steps: Any, batch: Any, sort: bool, line: Any
) -> PackedValue:
    """A PackedSequence of `batch` sequences and `steps` steps whose data has `shape` (`sort`: torch sorted them)."""
    int64 = interp.torch.int64
    data = _tensor(interp, input, shape, input.probe.dtype, input.device, line)
    indices = _tensor(interp, input, [batch], int64, input.device, line, grad=False) if sort else None
    batch_sizes = _tensor(interp, input, [steps], int64, "cpu", line, grad=False)
    return PackedValue(data, steps, batch, indices, batch_sizes)


def _tensor(
    interp: InterpreterApi, source: TensorValue, shape: list[Any], dtype: Any, device: str, line: Any, grad: bool = True
) -> TensorValue:
    """A tensor of `shape` made from `source` (requiring grad when it does and `grad` allows)."""
    flag = COMPUTED if grad and source.probe.requires_grad else NO_GRAD
    probe = contiguous_probe(shape, dtype, flag, interp.symbols)
    dtypes = source.dtypes if dtype == source.probe.dtype else None
    return TensorValue(probe, device, source.origin[-3:], None, line, dtypes=dtypes)


def _lengths(value: Value) -> tuple[Any, list[int] | None] | None:
    """(how many lengths, their values when all are known ints) for the `lengths` argument; None where torch
    refuses it (a tensor of another rank)."""
    if isinstance(value, Sequence):
        if value.items is None:
            return value.length, None
        ints = [item.value for item in value.items if isinstance(item, Const) and type(item.value) is int]
        return len(value.items), ints if len(ints) == len(value.items) else None
    if isinstance(value, TensorValue):
        if value.probe.dim() != 1:
            return None
        contents = value.contents
        exact = contents is not None and not contents.dtype.is_floating_point and not contents.is_complex()
        return value.shape[0], [int(n) for n in contents.tolist()] if exact else None
    if isinstance(value, NdArray):
        if value.probe.dim() != 1:
            return None
        items = value.values
        ints = [item.value for item in items or () if isinstance(item, Const) and type(item.value) is int]
        return value.probe.shape[0], ints if items is not None and len(ints) == len(items) else None
    return None, None


def _accepted(lengths: list[int], enforce_sorted: bool) -> bool:
    """Whether torch packs sequences of these lengths: every one above 0, in decreasing order with enforce_sorted."""
    ordered = all(a >= b for a, b in itertools.pairwise(lengths))
    return bool(lengths) and min(lengths) > 0 and (ordered or not enforce_sorted)


def _flag(value: Value) -> bool | None:
    """A flag's value, when it is a known bool."""
    return value.value if isinstance(value, Const) and isinstance(value.value, bool) else None


def _same_sizes(sizes: tuple[Any, ...], others: tuple[Any, ...]) -> bool:
    """Whether two lists of sizes are the same: equal numbers, or the very same symbols."""
    return len(sizes) == len(others) and all(
        a is b or (isinstance(a, int) and isinstance(b, int) and a == b) for a, b in zip(sizes, others, strict=True)
    )
