"""`optimizer.step(closure)` of a torch optimizer: every `torch.optim.Optimizer` calls the closure (LBFGS once
or more, the others once) with no arguments and returns what its first call returned."""

from __future__ import annotations

from typing import Any

from .values import BoundMethod, Function, Instance, Value


def _is_optimizer_step(torch: Any, callee: Value) -> bool:
    """Whether `callee` is the `step` method of an optimizer of torch.optim."""
    if not (isinstance(callee, BoundMethod) and callee.name == "step" and isinstance(callee.receiver, Instance)):
        return False
    module, _, name = callee.receiver.qualname.rpartition(".")
    cls = getattr(torch.optim, name, None) if module == "torch.optim" else None
    return isinstance(cls, type) and issubclass(cls, torch.optim.Optimizer)


def step_closure(torch: Any, callee: Value, args: list[Value], kwargs: dict[str, Value]) -> Function | None:
    """The user function a torch optimizer's `step(closure)` surely calls; None for any other call."""
    if not _is_optimizer_step(torch, callee) or len(args) + len(kwargs) != 1 or set(kwargs) - {"closure"}:
        return None
    given = args[0] if args else kwargs["closure"]
    return given if isinstance(given, Function) else None
