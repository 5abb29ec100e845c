"""`optimizer.step(closure)` of a torch optimizer: every `torch.optim.Optimizer` but LBFGS calls the closure exactly
once, with no arguments, and returns what it returned (LBFGS may call it again, any number of times)."""

from __future__ import annotations

from typing import Any

from .values import BoundMethod, Function, Instance, Value


def _calls_closure_once(torch: Any, callee: Value) -> bool:
    """Whether `callee` is the `step` method of an optimizer of torch.optim that calls its closure exactly once."""
    if not (isinstance(callee, BoundMethod) and callee.name == "step" and isinstance(callee.receiver, Instance)):
        return False
    module, _, name = callee.receiver.qualname.rpartition(".")
    cls = getattr(torch.optim, name, None) if module == "torch.optim" else None
    return isinstance(cls, type) and issubclass(cls, torch.optim.Optimizer) and cls is not torch.optim.LBFGS


def step_closure(torch: Any, callee: Value, args: list[Value], kwargs: dict[str, Value]) -> Function | None:
    """The user function a torch optimizer's `step(closure)` calls exactly once; None for any other call."""
    if not _calls_closure_once(torch, callee) or len(args) + len(kwargs) != 1 or set(kwargs) - {"closure"}:
        return None
    given = args[0] if args else kwargs["closure"]
    return given if isinstance(given, Function) else None
