"""Constant folding: Python's operators applied to known constants (and to sizes read from tensors), with
bounds on how large a folded number or string may grow, and the tests (`is None`, `in`) known from them."""

from __future__ import annotations

import operator
import re
import string
from collections.abc import Callable
from typing import Any

from .optional_values import MaybeNone
from .type_checks import TypeOf, type_is
from .values import REAL, UNKNOWN, Const, Container, Scalar, Sequence, SymDim, Value

_MAX_BITS = 4096
MAX_TEXT = 4096
_PLAIN_DIRECTIVES = re.compile(r"(?:[^%]|%[sdir%])*")
_PLAIN_FIELD = re.compile(r"\d*|[A-Za-z_]\w*")
_PLAIN_SPEC = re.compile(r"[^{}\d]*\d{0,2}(?:\.\d{1,2})?[^{}\d]*")


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 64


_COMPARISONS = (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge)


def _result_fits(function: Callable[[Any, Any], Any], left: Any, right: Any) -> bool:
    """Whether folding cannot build a huge number or string (`2 ** 10 ** 10`, `'a' * 10**9`, `s + s`...)."""
    texts = [v for v in (left, right) if isinstance(v, (str, bytes))]
    if texts:
        if function is operator.add:
            return sum(len(v) for v in texts) <= MAX_TEXT
        if function is operator.mul:
            count = right if isinstance(left, (str, bytes)) else left
            return isinstance(count, int) and len(texts[0]) * max(count, 0) <= MAX_TEXT
        if function is operator.mod and isinstance(left, str):  # `"fc%i" % i`: plain directives only, no widths
            return len(left) <= MAX_TEXT and _PLAIN_DIRECTIVES.fullmatch(left) is not None
        return function in _COMPARISONS
    if not all(isinstance(v, int) for v in (left, right)):
        return True
    if function is operator.pow:
        return right <= _MAX_BITS and (abs(left) <= 1 or _bits(left) * max(right, 0) <= _MAX_BITS)
    if function is operator.lshift:
        return right <= _MAX_BITS and _bits(left) + right <= _MAX_BITS
    if function is operator.mul:
        return _bits(left) + _bits(right) <= _MAX_BITS
    return max(_bits(left), _bits(right)) <= _MAX_BITS


CONSTANT_SEQUENCES = (str, bytes, tuple)  # constants with a length and items: len(), iteration, indexing fold on them


def text_item(text: str | bytes | tuple[Any, ...], index: Value) -> Value:
    """`text[i]` or `text[a:b:c]` of a constant string (or bytes, or tuple) with constant ints, folded; unknown for
    an index out of range (an IndexError) or not known."""
    key = index.value if isinstance(index, Const) else None
    bounds = (key.start, key.stop, key.step) if isinstance(key, slice) else (key,)
    if key is None or not all(bound is None or type(bound) is int for bound in bounds):
        return UNKNOWN
    try:
        return Const(text[key])
    except (IndexError, ValueError):  # ValueError: a step of 0
        return UNKNOWN


def fold(function: Callable[[Any, Any], Any], left: Any, right: Any) -> Value:
    """Fold a constant operation; operations whose result could be huge are not folded."""
    for value in (left, right):
        if not (value is None or isinstance(value, (int, float, bool, str)) or hasattr(value, "node")):
            return UNKNOWN
    if any(hasattr(v, "node") for v in (left, right)):
        whole_power = function is operator.pow and isinstance(right, int) and 0 <= right <= 8  # an int, as Python's
        if not (whole_power or function in (operator.floordiv, operator.mul, operator.add, operator.sub)) or any(
            v is None or isinstance(v, str) for v in (left, right)
        ):
            return UNKNOWN
    elif not _result_fits(function, left, right):
        return UNKNOWN
    try:
        result = function(left, right)
    except Exception:  # noqa: BLE001 the user's operation raises (1 / 0, "a" - 1): its value is unknown
        return UNKNOWN
    if hasattr(result, "node"):
        return SymDim(result)
    return Const(result)


def formatted(text: str, values: Value) -> Value | None:
    """`text % (a, b)`: a format of plain directives applied to a tuple of known numbers, strings or None, as `%`
    applies it to one value (UNKNOWN for another tuple); None when `values` is no tuple."""
    if isinstance(values, Const) and isinstance(values.value, tuple):
        constants = values.value
    elif isinstance(values, Sequence) and values.kind == "tuple" and values.items is not None:
        known = [item for item in values.items if isinstance(item, Const)]
        if len(known) != len(values.items):
            return UNKNOWN
        constants = tuple(item.value for item in known)
    else:
        return None
    if not all(value is None or isinstance(value, (int, float, bool, str)) for value in constants):
        return UNKNOWN
    if len(text) > MAX_TEXT or _PLAIN_DIRECTIVES.fullmatch(text) is None:
        return UNKNOWN
    try:
        return Const(text % constants)
    except (TypeError, ValueError):  # the user's format raises (too few values, `%d` of a string)
        return UNKNOWN


def plain_template(text: str) -> bool:
    """Whether `text.format(...)` has only plain fields (`{}`, `{0}`, `{name}`, `{:03d}`): no attribute or item
    lookups, no nested fields, no width or precision past two digits."""
    if len(text) > MAX_TEXT:
        return False
    try:
        fields = [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:  # the user's template is malformed: `format` raises
        return False
    return all(_PLAIN_FIELD.fullmatch(name) and _PLAIN_SPEC.fullmatch(spec) for name, spec in fields)


def identity_test(left: Value, right: Value, positive: bool) -> Value:
    """`a is None` / `a is not None` when it is known whether `a` is None; `a is b` of two known constants that
    differ (`args.dataset is 'GAS'`) is false: different values are different objects; of two equal string
    literals CPython interns (`name is 'conv2d'`), or two equal bools (`randomize is True`: True and False are the
    only objects of their type), true; nothing is said of other equal values."""
    if isinstance(left, TypeOf):
        return type_is(left, right, positive)
    if isinstance(left, Const) and isinstance(right, Const) and right.value is not None and left.value is not None:
        differ = type(left.value) is not type(right.value) or left.value != right.value
        if differ or (left.interned and right.interned) or type(left.value) is bool:
            return Const(differ != positive)
        return UNKNOWN
    if not (isinstance(right, Const) and right.value is None):
        return UNKNOWN
    if isinstance(left, Const):
        return Const((left.value is None) == positive)
    if left is UNKNOWN or isinstance(left, (Scalar, MaybeNone)):
        return UNKNOWN
    return Const(not positive)


_PLAIN = (str, int, float, bool, type(None))


def membership(key: Value, container: Value, positive: bool) -> Value:
    """`key in d` for a dict (or namespace, or ModuleDict) whose keys are known, `key in items` for a list or tuple
    of known plain values (strings, numbers, None), `part in text` for two known strings, `type(x) in (C, D)`;
    nothing, known or not, is in an empty dict, list or tuple."""
    if isinstance(key, TypeOf):
        return type_is(key, container, positive)
    if isinstance(container, Sequence) and container.kind in ("dict", "list", "tuple") and container.items == ():
        return Const(not positive)
    if isinstance(key, Const) and isinstance(key.value, _PLAIN):
        if isinstance(container, Sequence) and container.kind in ("list", "tuple") and container.items:
            values = [i.value for i in container.items if isinstance(i, Const) and isinstance(i.value, _PLAIN)]
            if len(values) == len(container.items):
                return Const((key.value in values) == positive)
        if isinstance(container, Const) and isinstance(key.value, str) and isinstance(container.value, str):
            return Const((key.value in container.value) == positive)
    if isinstance(key, Const) and isinstance(container, Container) and container.qualname == "torch.nn.ModuleDict":
        return Const((key.value in container.names) == positive)
    if (
        isinstance(key, Const)
        and isinstance(container, Sequence)
        and container.kind == "dict"
        and container.items is not None
    ):
        if key.value in container.fields and container.items[container.fields.index(key.value)] is UNKNOWN:
            return UNKNOWN  # an entry only some paths set (see joins)
        return Const((key.value in container.fields) == positive)
    return UNKNOWN


def searched(items: Sequence, name: str, args: list[Value]) -> Value:
    """`items.index(key)` and `items.count(key)` of a list or tuple of known plain values and a known plain key,
    folded as Python computes them (a key `index` does not find raises); an unknown int otherwise."""
    plain = [i.value for i in items.items or () if isinstance(i, Const) and isinstance(i.value, _PLAIN)]
    key = args[0] if len(args) == 1 else None
    if items.items is None or len(plain) != len(items.items) or not isinstance(key, Const):
        return Scalar(int)
    if not isinstance(key.value, _PLAIN) or (name == "index" and key.value not in plain):
        return Scalar(int)
    return Const(plain.index(key.value) if name == "index" else plain.count(key.value))


def scalar_result(left: Value, right: Value, function: Callable[[Any, Any], Any]) -> Scalar:
    """An arithmetic result involving a number whose value is unknown (a size `/` or `%` cannot keep as an
    expression included): a float for a true division or unless both sides are ints, an int or a float (REAL)
    when one side is either and the other no float."""
    kinds = [v.kind if isinstance(v, Scalar) else type(v.value) if isinstance(v, Const) else int for v in (left, right)]
    if function is operator.truediv:
        return Scalar(float)
    if all(k in (int, bool) for k in kinds):
        return Scalar(int)
    return Scalar(REAL if all(k in (int, bool, REAL) for k in kinds) else float)


def unknown_comparison(left: Value, right: Value) -> Value:
    """A comparison of two numbers (ints, floats, bools or sizes) whose values are not both known: a bool nothing
    more is known of; UNKNOWN for other operands."""
    numbers = [
        (isinstance(v, Const) and type(v.value) in (int, float, bool))
        or isinstance(v, SymDim)
        or (isinstance(v, Scalar) and v.kind in (int, float, bool, REAL))
        for v in (left, right)
    ]
    return Scalar(bool) if all(numbers) else UNKNOWN
