"""The keys of a dict of unknown entries: a value covering every key the dict may hold. A `collections.defaultdict`
starts with none (`Sequence.key` None); a key stored (`d[k] = v`), or read and so inserted by a defaultdict
(`d[k].append(v)`, `d[k] += 1`, reading `d[k]`), joins it; a plain dict raises at a missing key instead, so its
keys cover the key read already."""

from __future__ import annotations

from dataclasses import replace

from .joins import join
from .symbols import Symbols
from .values import UNKNOWN, Const, Scalar, Sequence, Value


def keys_of(entries: Sequence) -> Value:
    """A value covering every key of `entries`, a dict of unknown entries (UNKNOWN where it has none yet)."""
    return UNKNOWN if entries.key is None else entries.key


def with_key(entries: Sequence, key: Value, symbols: Symbols) -> Sequence:
    """`entries`, a dict of unknown entries, once `key` is one of its keys; `entries` itself where its keys
    covered `key` already."""
    gained = key if entries.key is None else join(entries.key, key, symbols)
    return entries if entries.key is not None and _same(gained, entries.key) else replace(entries, key=gained)


def _same(one: Value, other: Value) -> bool:
    """Whether two values surely cover the same values (equal constants, numbers of one kind, tuples of such)."""
    if one is other:
        return True
    if isinstance(one, Const) and isinstance(other, Const):
        return type(one.value) is type(other.value) and one.value == other.value
    if isinstance(one, Scalar) and isinstance(other, Scalar):
        return one.kind is other.kind
    if isinstance(one, Sequence) and isinstance(other, Sequence) and one.items is not None and other.items is not None:
        same_items = len(one.items) == len(other.items) and all(map(_same, one.items, other.items))
        return one.kind == other.kind and one.fields == other.fields and same_items
    return False
