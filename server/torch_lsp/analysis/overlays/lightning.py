"""PyTorch Lightning, known by name (`pytorch_lightning`, `lightning`, `lightning.pytorch`): a `LightningModule`
is an `nn.Module` (its own helpers, `self.log` or `self.save_hyperparameters`, give nothing the engine follows),
and a `Trainer` runs the module's steps as Lightning does: `fit` calls `configure_optimizers()`, then
`training_step(batch, batch_idx)` on the batches of the training loader and `validation_step` on those of the
validation loader; `validate`, `test` and `predict` call `validation_step`, `test_step` and `predict_step`.
Loaders are those given, else the `*_dataloader()` of the datamodule given, else the module's own."""

from __future__ import annotations

import ast
from dataclasses import dataclass

import torch

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..values import UNKNOWN, Const, Modelled, Scalar, Sequence, TorchRef, UserObject, Value
from .submodules import Submodule

_STEPS = {"fit": "training", "validate": "validation", "test": "test", "predict": "predict"}
_LOADER_KEYWORDS = {
    "fit": ("train_dataloaders", "val_dataloaders"),
    "validate": ("dataloaders",),
    "test": ("dataloaders",),
    "predict": ("dataloaders",),
}
_LOADER_METHODS = {"training": "train", "validation": "val", "test": "test", "predict": "predict"}


@dataclass(frozen=True, eq=False)
class Trainer(Modelled):
    """A `pl.Trainer(...)`: its fit / validate / test / predict run the module's steps."""

    def member(self, name: str) -> Value:
        """`trainer.fit`, `trainer.validate`, `trainer.test`, `trainer.predict`."""
        if name not in _STEPS:
            return UNKNOWN
        return Builtin(name, lambda interp, args, kwargs, node: _run(interp, name, args, kwargs, node))


def _run(interp: InterpreterApi, entry: str, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    model = args[0] if args else kwargs.get("model", UNKNOWN)
    if not isinstance(model, UserObject):
        return UNKNOWN
    given = dict(zip(_LOADER_KEYWORDS[entry], args[1:], strict=False)) | kwargs
    datamodule = given.get("datamodule")
    if isinstance(given.get(_LOADER_KEYWORDS[entry][0]), UserObject) and datamodule is None:
        datamodule = given.pop(_LOADER_KEYWORDS[entry][0])  # `trainer.fit(model, datamodule)` by position
    if entry == "fit":
        _call_method(interp, model, "configure_optimizers", [], node)
    stages = ["training", "validation"] if entry == "fit" else [_STEPS[entry]]
    for stage, keyword in zip(stages, _LOADER_KEYWORDS[entry], strict=False):
        loader = given.get(keyword)
        for owner in (datamodule, model):
            if loader is None and isinstance(owner, UserObject):
                loader = _call_method(interp, owner, f"{_LOADER_METHODS[stage]}_dataloader", [], node)
        if loader is None or loader is UNKNOWN:
            continue
        batch = interp.iteration_element(loader)
        _call_method(interp, model, f"{stage}_step", [batch, Scalar(int)], node)
    return Const(None) if entry == "fit" else Sequence(None, "list")  # the metrics or predictions, never the model


def _call_method(
    interp: InterpreterApi, owner: UserObject, name: str, args: list[Value], node: ast.AST
) -> Value | None:
    """`owner.name(*args)` when the user's class defines it; None when it does not."""
    if interp.attribute(owner, name, node) is UNKNOWN:
        return None
    return interp.call(interp.attribute(owner, name, node), args, {}, node)


_MODULE = TorchRef("torch.nn.Module", torch.nn.Module)
_MEMBERS: dict[str, Value] = {
    "LightningModule": _MODULE,
    "Trainer": Builtin("Trainer", lambda interp, args, kwargs, node: Trainer()),
}

PYTORCH_LIGHTNING: dict[str, Value] = _MEMBERS
LIGHTNING: dict[str, Value] = {
    **_MEMBERS,
    "pytorch": Submodule(_MEMBERS),
    **{f"pytorch.{name}": member for name, member in _MEMBERS.items()},
}
