"""Hugging Face Accelerate, known by name: `Accelerator(...).prepare(*objects)` gives back what it is given, in
order (a model, an optimizer, a scheduler: the same objects; a DataLoader: each process draws some of the
loader's batches, the last one possibly filled up to the batch size, so its batches are those of the loader but
which comes first or last is not known). With `split_batches=True` (or a `dataloader_config`) a process may get a
part of each batch, whose size depends on the number of processes: such loaders are unknown.
`unwrap_model(model)` is the model; `backward`, `wait_for_everyone`, `print`, `clip_grad_norm_`, `log` and
`save_state` change no shape; `gather` / `gather_for_metrics` stack the processes' tensors along the first
dimension, whose size is then unknown."""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Loader, Modelled, Sequence, TensorValue, Value

_QUIET = frozenset({"backward", "wait_for_everyone", "print", "clip_grad_norm_", "log", "save_state", "end_training"})


@dataclass(frozen=True, eq=False)
class Accelerator(Modelled):
    """An `Accelerator(...)`; `splits` unless batches are surely not split between processes."""

    splits: bool

    def member(self, name: str) -> Value:
        """Its methods."""
        if name == "prepare":
            return Builtin(name, lambda interp, args, kwargs, node: self._prepare(args, kwargs))
        if name == "unwrap_model":
            return Builtin(name, lambda interp, args, kwargs, node: args[0] if len(args) == 1 else UNKNOWN)
        if name in ("gather", "gather_for_metrics"):
            return Builtin(name, _gathered)
        if name in _QUIET:
            return Builtin(name, lambda interp, args, kwargs, node: Const(None))
        return UNKNOWN

    def _prepare(self, args: list[Value], kwargs: dict[str, Value]) -> Value:
        if kwargs or not args:
            return UNKNOWN
        prepared = [_sharded(value, self.splits) if isinstance(value, Loader) else value for value in args]
        return prepared[0] if len(prepared) == 1 else Sequence(tuple(prepared), "tuple")


def _sharded(loader: Loader, splits: bool) -> Value:
    return UNKNOWN if splits else replace(loader, first=None, sizes=None)


def _gathered(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    tensor = args[0] if len(args) == 1 and not kwargs else None
    if not isinstance(tensor, TensorValue) or tensor.probe.dim() == 0:
        return UNKNOWN
    sizes = [interp.symbols.joined(), *tensor.probe.shape[1:]]
    probe = interp.calls.empty(sizes, tensor.probe.dtype)
    origin = (*tensor.origin[-3:], "gather")
    return TensorValue(probe, tensor.device, origin, None, tensor.defined_at, dtypes=tensor.dtypes)


def _accelerator(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    split = kwargs.get("split_batches", Const(False))
    surely_whole = isinstance(split, Const) and split.value is False and "dataloader_config" not in kwargs
    return Accelerator(splits=bool(args) or not surely_whole)


MEMBERS: dict[str, Value] = {"Accelerator": Builtin("Accelerator", _accelerator)}
