"""How the dict methods that change a dict in place change its entries: `update(other)`, `pop(key)`, `clear()`,
`setdefault(key, default)`, `popitem()` and an OrderedDict's `move_to_end(key, last)`."""

from __future__ import annotations

from .joins import join_all
from .python_builtins import dict_of, is_dict
from .symbols import Symbols
from .values import UNKNOWN, Const, Sequence, Value


def changed_dict(owner: Value, name: str, args: list[Value], symbols: Symbols) -> tuple[Value, Value]:
    """The dict `owner` after method `name` ran on it with `args` (keywords given as a last dict), and what the call
    returns: after `setdefault` at a key the engine does not know, a dict of unknown entries, each one of the old
    values or the default; UNKNOWN (both) where the change is not known."""
    if not (isinstance(owner, Sequence) and owner.kind == "dict"):
        return (dict_of({}), Const(None)) if name == "clear" and not args else (UNKNOWN, UNKNOWN)
    entries = dict(zip(owner.fields, owner.items, strict=True)) if owner.items is not None else None
    result: Value = Const(None)
    dicts = [a for a in args if is_dict(a)]
    if name == "setdefault" and len(args) in (1, 2):
        default = args[1] if len(args) == 2 else Const(None)
        key = args[0].value if isinstance(args[0], Const) and isinstance(args[0].value, str) else None
        if entries is None or key is None:
            values = [owner.element] if owner.items is None else list(owner.items)
            result = join_all([*values, default], symbols)
            return Sequence(None, "dict", element=result), result
        result = entries.setdefault(key, default)
    elif entries is not None and name == "update" and args and len(dicts) == len(args):
        for other in dicts:
            entries.update(zip(other.fields, other.items or (), strict=True))
    elif entries is not None and name == "pop" and args and isinstance(args[0], Const) and args[0].value in entries:
        result = entries.pop(args[0].value)
    elif name == "clear":
        entries = {}
    elif entries and name == "popitem" and (last := _last_flag(args)) is not None:
        key = list(entries)[-1 if last else 0]
        result = Sequence((Const(key), entries.pop(key)), "tuple")
    elif (
        entries is not None
        and name == "move_to_end"
        and args
        and isinstance(args[0], Const)
        and args[0].value in entries
        and (last := _last_flag(args[1:])) is not None
    ):
        moved = {args[0].value: entries.pop(args[0].value)}
        entries = {**entries, **moved} if last else {**moved, **entries}
    else:
        entries, result = None, UNKNOWN
    return (dict_of(entries) if entries is not None else UNKNOWN), result


def _last_flag(args: list[Value]) -> bool | None:
    """The `last` argument of `popitem` or `move_to_end` (given by position or by name, True when left out); None
    when it is not a known bool."""
    if not args:
        return True
    named = args[0].items if is_dict(args[0]) and args[0].fields == ("last",) else None
    given = named[0] if named else args[0]
    known = len(args) == 1 and isinstance(given, Const) and isinstance(given.value, bool)
    return bool(given.value) if known and isinstance(given, Const) else None
