"""CTC loss checks its lengths against the batch of its log-probabilities ([T, N, C]: the second dimension), but
torch's fake tensors cannot run it on symbolic sizes (the data decides an internal output's shape). A length tensor
(or a 2-d target) whose size surely differs from that batch raises at every run, as torch words it: a loader's batch
of at most 8 given as the input lengths of log-probabilities read as [T, N, C] while they are [N, T, C] (N <= 8,
T = 30)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .values import TensorValue, Value

_CHECKED = (
    (2, "input_lengths must be of size batch_size"),
    (3, "target_lengths must be of size batch_size"),
)


def misfit(
    torch: Any, fn: Any, args: list[Value], kwargs: dict[str, Value], apart: Callable[[Any, Any], bool]
) -> str | None:
    """torch's message for a CTC loss call whose lengths or targets surely miss its batch; None otherwise."""
    if not (isinstance(fn, torch.nn.CTCLoss) or fn is torch.nn.functional.ctc_loss):
        return None
    names = ("log_probs", "targets", "input_lengths", "target_lengths")
    given = {name: args[i] if i < len(args) else kwargs.get(name) for i, name in enumerate(names)}
    log_probs = given["log_probs"]
    if not isinstance(log_probs, TensorValue) or log_probs.probe.dim() != 3:
        return None
    batch = log_probs.probe.shape[1]
    for position, message in _CHECKED:
        lengths = given[names[position]]
        if isinstance(lengths, TensorValue) and lengths.probe.dim() == 1 and apart(lengths.probe.shape[0], batch):
            return message
    targets = given["targets"]
    if isinstance(targets, TensorValue) and targets.probe.dim() == 2 and apart(targets.probe.shape[0], batch):
        return (
            f"Expected tensor to have size {batch} at dimension 0, but got size {targets.probe.shape[0]} for "
            "argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)"
        )
    return None
