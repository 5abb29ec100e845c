"""The engine may hold one value for objects a program builds one by one (a comprehension's item past the unroll
limit, a memoised call, a deep copy), so a value met twice is no proof that the program met one object twice: a
walk that lists each object once (`parameters()`, `children()`, `modules()`) is known only up to the first value
it meets again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def first_distinct(items: Iterable[T], identity: Callable[[T], int]) -> tuple[list[T], bool]:
    """The items before the first one whose identity was met already, and whether there was none."""
    seen: set[int] = set()
    distinct: list[T] = []
    for item in items:
        key = identity(item)
        if key in seen:
            return distinct, False
        seen.add(key)
        distinct.append(item)
    return distinct, True
