"""nn.Module's `training` flag on user modules.

`nn.Module.__init__` sets `training = True`; `module.train(mode=True)` and `module.eval()` set it on the
module and on every submodule it holds (its attributes that are modules, and what containers of them hold).
Branches on `self.training` then follow the mode the program put its model in.
"""

from __future__ import annotations

from .values import Const, Container, UserObject, Value

TRAINING = "training"


def mode_argument(name: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """The mode `.train(...)` or `.eval()` sets: a Const bool, or the abstract argument given."""
    if name == "eval":
        return Const(False)
    return args[0] if args else kwargs.get("mode", Const(True))


def set_mode(module: UserObject, mode: Value) -> None:
    """Set the flag on a user module and on its submodules (user modules carry the flag; torch layers' own
    mode changes no shape the engine computes)."""
    seen: set[int] = set()
    pending: list[Value] = [module]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, UserObject) and TRAINING in current.attributes:
            current.attributes[TRAINING] = mode
            pending.extend(current.attributes.values())
        elif isinstance(current, Container):
            pending.extend(current.items)
