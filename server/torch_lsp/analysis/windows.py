"""Windows at a random start: `data[i:i + n]`, where `i` is an int known by its bounds (`torch.randint(len(data) -
n, ...)`, see int_facts), is exactly n long when the bounds put the whole window inside `data` (the start at
least 0, its largest value plus n at most the length). torch's symbolic shapes keep each symbol's range apart, so
they cannot prove it when the upper bound is an expression over the length itself (a text of unknown length):
the window's size is worked out here from the bounds the symbol was made with. A window of a constant string is one
of the strings of that length its possible starts cut out of it (each `sentence[i:i + 10]` of a loop over
`range(len(sentence) - 10)`). A prefix of whole steps, `data[:len(data) // n * n]`, is at most the data's length, so
it is as long as its stop (torch keeps the two apart as `Min(len, n * (len // n))`)."""

from __future__ import annotations

from typing import Any

from .choices import one_of
from .interp_api import InterpreterApi
from .symbols import Symbols, SymbolsDeferred, expression
from .values import Const, Sequence, TensorValue, Value

MAX_WINDOW_TEXT = 65536  # the most characters, all windows together, a slice at a bounded start is one of


def exact_windows(interp: InterpreterApi, owner: TensorValue, index: Value, value: Value) -> Value:
    """`value`, the tensor `owner[index]` gave, with each window of `index` at a bounded start exactly as long as
    it is; `value` itself when `index` has none (or parts other than ints, slices and None)."""
    if not isinstance(value, TensorValue):
        return value
    parts = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
    if parts is None:
        return value
    exact: dict[int, Any] = {}
    dim = kept = 0
    for part in parts:
        if not isinstance(part, Const) or part.value is Ellipsis or dim >= owner.probe.dim():
            return value
        if part.value is None:
            kept += 1
        elif isinstance(part.value, slice):
            size = owner.probe.shape[dim]
            length = _window(interp.symbols, part.value, size)
            length = length if length is not None else _whole_steps(part.value, size)
            if length is not None:
                exact[kept] = length
            dim, kept = dim + 1, kept + 1
        elif type(part.value) is int:
            dim += 1
        else:
            return value
    if kept + owner.probe.dim() - dim != value.probe.dim():
        return value
    exact = {d: n for d, n in exact.items() if type(value.probe.shape[d]) is not int}  # torch proved the others
    if not exact:
        return value
    shape = [exact.get(d, size) for d, size in enumerate(value.probe.shape)]
    try:
        return value.derive(interp.calls.empty(shape, value.probe.dtype), "__getitem__")
    except SymbolsDeferred:
        return value


def list_window(interp: InterpreterApi, items: Sequence, part: slice) -> Any:
    """n for a window `xs[i:i + n]` of a list whose length is known (an int or a size) when the bounds of `i`
    put it inside the list, for any slice of known ints of a list of known int length, or the length itself for
    a slice of the whole list (`xs[:]`, `xs[::-1]`); None otherwise."""
    size = len(items.items) if items.items is not None else items.length
    bounds = (part.start, part.stop, part.step)
    if type(size) is int and all(bound is None or type(bound) is int for bound in bounds) and part.step != 0:
        return len(range(size)[part]) or None  # the window Python cuts of a list of known length
    if part.start is None and part.stop is None and part.step in (None, 1, -1):
        return size
    length = _window(interp.symbols, part, size) if size is not None else None
    return length if length else None


def text_window(symbols: Symbols, text: str, index: Value) -> Value | None:
    """`text[i:i + n]` of a constant string at a start known by its bounds, inside `text` for each: one of the
    windows those starts cut (a string when they cut one); None for other indexes and past MAX_WINDOW_TEXT."""
    part = index.value if isinstance(index, Const) and isinstance(index.value, slice) else None
    starts = _starts(symbols, part, len(text)) if part is not None else None
    if starts is None:
        return None
    first, last, span = starts  # the last start is an int: the string's length is one
    if (int(last) + 1 - first) * span > MAX_WINDOW_TEXT:
        return None
    return one_of([Const(text[start : start + span]) for start in range(first, int(last) + 1)])


def _window(symbols: Symbols, part: slice, size: Any) -> int | None:
    """n for a slice `start:start + n` (step 1) whose start is a bounded int plus a constant and which lies
    inside `size` for every start its bounds allow; None otherwise."""
    starts = _starts(symbols, part, size)
    return starts[2] if starts is not None else None


def _whole_steps(part: slice, size: Any) -> Any:
    """The stop of a slice `:size // c * k` (step 1) with `0 <= k <= c`, the whole steps of c that fit in `size`
    (`data[:len(data) // n * n]`): at most `size`, so as long as its stop; None for other slices."""
    from torch.utils._sympy.functions import FloorDiv

    stop, length = _expr(part.stop), _expr(size)
    bounds = ((part.start, 0), (part.step, 1))  # a size as a bound is never compared: that would guard on it
    plain = all(bound is None or (type(bound) is int and bound == unit) for bound, unit in bounds)
    if not plain or stop is None or length is None:
        return None
    times, steps = stop.as_coeff_Mul()
    if not (isinstance(steps, FloorDiv) and steps.args[0] == length and steps.args[1].is_Integer):
        return None
    return part.stop if times.is_Integer and 0 <= times <= steps.args[1] else None


def _starts(symbols: Symbols, part: slice, size: Any) -> tuple[int, Any, int] | None:
    """(first start, last start, n) for a slice `start:start + n` (step 1) whose start is a bounded int plus a
    constant and which lies inside `size` for every start its bounds allow; None otherwise."""
    start, stop, length = _expr(part.start), _expr(part.stop), _expr(size)
    if part.step not in (None, 1) or start is None or stop is None or length is None:
        return None
    span = stop - start
    if not span.is_Integer or span < 0 or len(start.free_symbols) != 1:
        return None
    (symbol,) = start.free_symbols
    bounds = symbols.bounds_of(symbol)
    times = start.coeff(symbol)
    offset = start - times * symbol
    if bounds is None or not (times.is_Integer and times > 0 and offset.is_Integer):
        return None
    lower, upper = (_expr(bound) for bound in bounds)
    if lower is None or upper is None:
        return None
    first, past_last = times * lower + offset, times * upper + offset + span - length
    if not (first.is_Integer and first >= 0 and _at_most_zero(past_last)):
        return None
    return int(first), times * upper + offset, int(span)


def _at_most_zero(expr: Any) -> bool:
    """Whether a size expression is surely at most 0: an int that is, or one that is once each `x // c` it adds
    (c a positive int) is replaced by `x / c`, which is at least as large (`4 * (n // 4) - n`, the end of the last
    whole step of 4 past a length n)."""
    from torch.utils._sympy.functions import FloorDiv

    expr = expr.expand()
    for part in expr.atoms(FloorDiv):
        base, divisor = part.args
        times = expr.coeff(part)
        if not (divisor.is_Integer and divisor > 0 and times.is_Integer and times > 0):
            return False
        expr = (expr - times * part + times * base / divisor).expand()
    return bool(expr.is_Rational and expr <= 0)


def _expr(value: Any) -> Any:
    """The sympy expression of an int or a size (`torch.SymInt`); None for anything else."""
    import sympy

    if type(value) is int:
        return sympy.Integer(value)
    expr = expression(value)
    return expr if isinstance(expr, sympy.Expr) else None
