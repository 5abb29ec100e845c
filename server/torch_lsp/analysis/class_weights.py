"""Classification losses built with class weights the engine does not know (`nn.NLLLoss(weight)` of weights
counted from the data): the loss keeps its `weight` as a buffer, which must be None or a tensor, and the call
raises unless that tensor has one element per class, of the input's dtype. Weights never change the shape or the
dtype of the loss, so such a loss is built as without them."""

from __future__ import annotations

from typing import Any

from .values import UNKNOWN, Const, Value


def without_unknown_weight(
    torch: Any, cls: type, args: list[Value], kwargs: dict[str, Value]
) -> tuple[list[Value], dict[str, Value]]:
    """The constructor arguments of `nn.NLLLoss` or `nn.CrossEntropyLoss` (or a subclass) with an unknown `weight`
    (the first parameter) given as None; other arguments, and those of other classes, as they are."""
    if not issubclass(cls, (torch.nn.NLLLoss, torch.nn.CrossEntropyLoss)):
        return args, kwargs
    if args and args[0] is UNKNOWN:
        return [Const(None), *args[1:]], kwargs
    if kwargs.get("weight") is UNKNOWN:
        return args, {**kwargs, "weight": Const(None)}
    return args, kwargs
