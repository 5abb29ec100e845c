"""`torch.set_default_dtype(torch.float64)` and `torch.set_default_tensor_type('torch.DoubleTensor')` as top-level
statements: the floating dtype torch makes tensors and layers with from there on (`torch.zeros`, `torch.Tensor(n)`,
`nn.Linear`'s parameters), in the statements after it and the functions they call. The engine runs its own torch
calls with that default, as the program does. A call elsewhere (in a function, a branch, a loop, or with arguments
not known) is not followed: the program's default is then not known, so a mismatch of dtypes is no error the engine
can report."""

from __future__ import annotations

import ast
from typing import Any

from ..default_dtype_lock import CHANGED
from .legacy_tensors import tensor_type
from .source import called_name
from .values import Const, TorchRef, Value

_CPU_TYPES = {"torch.FloatTensor", "torch.DoubleTensor"}


_SETTERS = ("set_default_dtype", "set_default_tensor_type")


def setting_call(statement: ast.stmt) -> ast.Call | None:
    """The call a statement is made of alone when it is spelled as a setter of the default dtype
    (`torch.set_default_dtype(...)`, `set_default_tensor_type(...)` imported by name), else None."""
    call = statement.value if isinstance(statement, ast.Expr) else None
    return call if isinstance(call, ast.Call) and called_name(call.func) in _SETTERS else None


def set_elsewhere(tree: ast.Module) -> bool:
    """Whether the module calls a setter of the default dtype other than as a top-level statement."""
    top_level = {id(call) for statement in tree.body if (call := setting_call(statement)) is not None}
    return any(
        isinstance(node, ast.Call) and called_name(node.func) in _SETTERS and id(node) not in top_level
        for node in ast.walk(tree)
    )


def dtype_set(torch: Any, callee: Value, args: list[Value], kwargs: dict[str, Value]) -> Any:
    """The default floating dtype `callee(*args, **kwargs)` sets; None when it is no such call, or what it sets
    is not known (a name not known, a CUDA tensor type, which also moves the default device)."""
    if not isinstance(callee, TorchRef) or len(args) + len(kwargs) != 1:
        return None
    value = args[0] if args else next(iter(kwargs.values()))
    if callee.obj is torch.set_default_dtype:
        named = value.value if isinstance(value, Const) else value.obj if isinstance(value, TorchRef) else None
        return named if named in (torch.float32, torch.float64) else None
    if callee.obj is not torch.set_default_tensor_type:
        return None
    if isinstance(value, Const) and value.value in _CPU_TYPES:
        value = TorchRef(value.value, getattr(torch, value.value.removeprefix("torch.")))
    kind = tensor_type(torch, value)
    if kind is not None and kind.device == "cpu" and kind.dtype in (torch.float32, torch.float64):
        return kind.dtype
    return None


class DefaultDtype:
    """torch's default dtype as the program being interpreted sets it, the one found restored on leaving (a `with`
    around the interpretation). The default is one for the whole process: while it differs from the one found, code
    running torch in another thread for what it shows waits (see default_dtype_lock)."""

    def __init__(self, torch: Any) -> None:
        self._torch = torch
        self._found: Any = None

    def set(self, dtype: Any) -> None:
        """Make `dtype` torch's default."""
        if self._found is None:
            if dtype == self._torch.get_default_dtype():
                return
            CHANGED.acquire()
            self._found = self._torch.get_default_dtype()
        self._torch.set_default_dtype(dtype)

    def __enter__(self) -> DefaultDtype:
        return self

    def __exit__(self, *exception: object) -> None:
        if self._found is not None:
            self._torch.set_default_dtype(self._found)
            self._found = None
            CHANGED.release()
