"""Recursion that rebuilds what it recurses on: a call of a function already being interpreted, given what that
enclosing call was given except for user objects of the same classes made since it began (`odeint(Wrapped(f))`
within `odeint(f)`, through a name rebound to the function itself), makes new objects at every level, so neither
the memo nor an exact repeat ever ends it. Like a call with the very same arguments, it is not followed: its value
is unknown."""

from __future__ import annotations

from collections.abc import Mapping

from .values import UserObject


def rebuilds(key: tuple, enclosing: Mapping[tuple, int]) -> bool:
    """Whether a call's memo key repeats an enclosing call's (key -> the serial mark when it began) up to user
    objects made since then, in the places of objects of the same classes."""
    return any(_repeats(key, other, mark) for other, mark in enclosing.items() if other[0] == key[0])


def _repeats(key: tuple, other: tuple, mark: int) -> bool:
    if len(key) != len(other) or key[1] != other[1] or key[4:] != other[4:] or key == other:
        return False
    positional = len(key[2]) == len(other[2]) and all(map(_same_or_rebuilt, key[2], other[2], [mark] * len(key[2])))
    names = [name for name, _ in key[3]] == [name for name, _ in other[3]]
    return (
        positional
        and names
        and all(_same_or_rebuilt(new, old, mark) for (_, new), (_, old) in zip(key[3], other[3], strict=True))
    )


def _same_or_rebuilt(new: object, old: object, mark: int) -> bool:
    """Whether an argument's signature is the enclosing call's, or names an object of its class made after `mark`."""
    if new == old:
        return True
    if not (isinstance(new, tuple) and isinstance(old, tuple) and new[:1] == old[:1] == ("O",)):
        return False
    made, given = new[1], old[1]
    return (
        isinstance(made, UserObject)
        and isinstance(given, UserObject)
        and made.cls is given.cls
        and made.serial > mark
        and new[2:] == old[2:]
    )
