"""A value that is a number on some paths and a tensor on others (`total = 0`, then `total = total + loss` in a
loop): where such paths merge, the join keeps both, and an arithmetic operator on it runs once with each (errors
unreported, as for a value of several options) and gives the join of the results, so `total + loss` is the loss's
shape on every pass. A 0-d tensor joined with a tensor of higher rank stands as the number, since it broadcasts as
one: `coef[t] * noise` where `noise = torch.randn_like(x) if t > 0 else 0` is a 0-d tensor or the noise's shape,
and `x + coef[t] * noise` is x's shape either way. Nothing else reads one: no shape is claimed for it."""

from __future__ import annotations

from dataclasses import dataclass

from .values import Const, Literal, Modelled, Scalar, SymDim, TensorValue, Value


@dataclass(frozen=True, eq=False)
class NumberOrTensor(Modelled):
    """`number` (a Python number, known or not, or a 0-d tensor) or `tensor`, which one not known."""

    number: Const | Scalar | SymDim | TensorValue
    tensor: TensorValue

    @property
    def options(self) -> tuple[Value, Value]:
        """The values it may be."""
        return self.number, self.tensor

    def literals(self) -> tuple[Literal, ...]:
        """The tensors': an in-place change to this value changes them when it is that tensor."""
        number = self.number.literals if isinstance(self.number, TensorValue) else ()
        return number + self.tensor.literals


def is_scalar_tensor(value: Value) -> bool:
    """Whether `value` is a 0-d tensor."""
    return isinstance(value, TensorValue) and value.probe.dim() == 0


def parts(value: Value, is_number: bool) -> tuple[list[Value], list[TensorValue]] | None:
    """The numbers and the tensors `value` may be (`is_number`: whether it is a number), None when it may be
    anything else."""
    if isinstance(value, NumberOrTensor):
        return [value.number], [value.tensor]
    if isinstance(value, TensorValue):
        return [], [value]
    return ([value], []) if is_number else None


def options_of(left: Value, right: Value) -> list[tuple[Value, Value]] | None:
    """The operand pairs an operator on `left` and `right` may see, when either may be a number or a tensor."""
    if not isinstance(left, NumberOrTensor) and not isinstance(right, NumberOrTensor):
        return None
    lefts = left.options if isinstance(left, NumberOrTensor) else (left,)
    rights = right.options if isinstance(right, NumberOrTensor) else (right,)
    return [(a, b) for a in lefts for b in rights]
