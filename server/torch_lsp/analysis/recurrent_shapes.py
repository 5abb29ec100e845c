"""Recurrent layers (nn.RNN, nn.GRU, nn.LSTM and their cells) called with symbolic sizes.

torch's kernels do not keep such sizes: they specialise the sequence and batch sizes to their probe values, refuse
symbolic sizes, or step through every one of a sampled sequence length. So the result is the shape torch documents
for the forward: for an input [L, N, H_in] ([N, L, H_in] with batch_first, [L, H_in] unbatched) the output is
[L, N, D*H_out] and each final state [D*num_layers, N, H_out], an LSTM's cell state [D*num_layers, N, hidden_size]
(D = 2 when bidirectional, H_out = proj_size when set, else hidden_size); a cell maps [N, input_size] to
[N, hidden_size]. On a PackedSequence of N sequences whose data is [sum(lengths), H_in] the output is a
PackedSequence of the same lengths whose data is [sum(lengths), D*H_out], and the final states are as above (torch
cannot run a packed call on probes at all). The rule stands only where torch accepts the call: a tensor rank torch
refuses, a dtype other than the weights', or two sizes that are numbers and differ leave the call to torch (which
reports the error); on a PackedSequence, whose call torch cannot run, a feature size that surely differs from
input_size raises InputMisfit, the error torch raises there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Shaped = Callable[[list[Any]], Any]  # builds the result tensor of a shape (the input's dtype)
Apart = Callable[[Any, Any], bool]  # whether two sizes surely differ (see Symbols.surely_differ)


def is_recurrent(torch: Any, layer: Any) -> bool:
    """Whether `layer` is one of torch's recurrent layers or cells."""
    return isinstance(layer, (torch.nn.RNNBase, torch.nn.RNNCellBase))


def has_symbolic_size(torch: Any, layer: Any, tensors: list[Any]) -> bool:
    """Whether a size of the layer or of the call's tensors is a symbol."""
    sizes = [
        layer.input_size,
        layer.hidden_size,
        getattr(layer, "num_layers", 1),
        *(d for t in tensors for d in t.shape),
    ]
    return any(isinstance(size, torch.SymInt) for size in sizes)


def forward(torch: Any, layer: Any, input: Any, hx: Any, shaped: Shaped, apart: Apart) -> Any:
    """The result of `layer(input, hx)` by torch's documented shapes, each tensor made by `shaped`; None where
    torch would refuse the call or the rule does not cover it (a PackedSequence: see packed_forward)."""
    if not isinstance(input, torch.Tensor) or not _same_dtype(layer, input, hx):
        return None
    if isinstance(layer, torch.nn.RNNBase):
        return _sequence_forward(torch, layer, input, hx, shaped, apart)
    return _cell_forward(torch, layer, input, hx, shaped, apart)


def _sequence_forward(torch: Any, layer: Any, input: Any, hx: Any, shaped: Shaped, apart: Apart) -> Any:
    if input.dim() not in (2, 3) or apart(input.shape[-1], layer.input_size):
        return None
    if not isinstance(layer.proj_size, int) or not isinstance(layer.num_layers, (int, torch.SymInt)):
        return None
    if input.dim() == 3:
        steps, batch = (input.shape[1], input.shape[0]) if layer.batch_first else (input.shape[0], input.shape[1])
        output, state_batch = ([batch, steps] if layer.batch_first else [steps, batch]), [batch]
    else:
        output, state_batch = [input.shape[0]], []
    return _results(torch, layer, output, state_batch, hx, shaped, apart)


def packed_forward(torch: Any, layer: Any, data: Any, batch: Any, hx: Any, shaped: Shaped, apart: Apart) -> Any:
    """`layer(packed, hx)` for a PackedSequence of `batch` sequences whose data is `data`: (the output's data, the
    final states), each tensor made by `shaped`; InputMisfit for features of another size, None where torch would
    refuse the call otherwise."""
    if not isinstance(layer, torch.nn.RNNBase) or not _same_dtype(layer, data, hx):
        return None
    if data.dim() != 2:
        return None
    if apart(data.shape[-1], layer.input_size):
        raise InputMisfit(layer.input_size, data.shape[-1])
    if not isinstance(layer.proj_size, int) or not isinstance(layer.num_layers, int):
        return None
    return _results(torch, layer, [data.shape[0]], [batch], hx, shaped, apart)


def _results(
    torch: Any, layer: Any, output: list[Any], state_batch: list[Any], hx: Any, shaped: Shaped, apart: Apart
) -> Any:
    """The output of sizes `output` and D*H_out features, and the final states with batch sizes `state_batch`;
    None when the initial states `hx` do not have the states' shapes."""
    directions = 2 if layer.bidirectional else 1
    out_size = layer.proj_size if layer.proj_size > 0 else layer.hidden_size
    states = [[directions * layer.num_layers, *state_batch, out_size]]
    paired = isinstance(layer, torch.nn.LSTM)
    if paired:
        states.append([directions * layer.num_layers, *state_batch, layer.hidden_size])
    given = [] if hx is None else _given_states(torch, hx, states, paired)
    if given is None:
        return None
    if given:
        _check_state_sizes(given, states, paired, apart)
    result = shaped([*output, directions * out_size])
    made = [shaped(shape) for shape in states]
    return (result, tuple(made)) if paired else (result, made[0])


def _cell_forward(torch: Any, layer: Any, input: Any, hx: Any, shaped: Shaped, apart: Apart) -> Any:
    if input.dim() not in (1, 2) or apart(input.shape[-1], layer.input_size):
        return None
    shape = [*input.shape[:-1], layer.hidden_size]
    is_lstm = isinstance(layer, torch.nn.LSTMCell)
    if not _states_fit(torch, hx, [shape, shape] if is_lstm else [shape], is_lstm, apart):
        return None
    return (shaped(shape), shaped(shape)) if is_lstm else shaped(shape)


class InputMisfit(Exception):
    """A sequence layer's input whose feature size surely differs from the layer's input_size: torch raises."""

    def __init__(self, expected: Any, given: Any) -> None:
        super().__init__(expected, given)
        self.expected, self.given = expected, given


class StatesMisfit(Exception):
    """A sequence layer's initial state whose size differs from the one torch checks it against, whatever the
    symbols' values (a state of a batch of at most 8 for an input whose batch is 11): torch raises."""

    def __init__(self, index: int | None, expected: list[Any], given: list[Any]) -> None:
        super().__init__(index, expected, given)
        self.index, self.expected, self.given = index, expected, given


def _given_states(torch: Any, hx: Any, states: list[list[Any]], paired: bool) -> list[Any] | None:
    """The initial states given, when they are tensors of the ranks torch checks them against; None otherwise."""
    given = list(hx) if paired and isinstance(hx, (tuple, list)) else [hx] if not paired else []
    if len(given) != len(states):
        return None
    ranks = all(isinstance(t, torch.Tensor) and t.dim() == len(shape) for t, shape in zip(given, states, strict=True))
    return given if ranks else None


def _states_fit(torch: Any, hx: Any, states: list[list[Any]], paired: bool, apart: Apart) -> bool:
    """Whether the given initial states (None: zeros) have the shapes torch checks them against."""
    if hx is None:
        return True
    given = _given_states(torch, hx, states, paired)
    if given is None:
        return False
    return not any(
        apart(a, b) for t, shape in zip(given, states, strict=True) for a, b in zip(t.shape, shape, strict=True)
    )


def _check_state_sizes(given: list[Any], states: list[list[Any]], paired: bool, apart: Apart) -> None:
    """Raise StatesMisfit for the first initial state of a sequence layer one of whose sizes surely differs."""
    for index, (tensor, shape) in enumerate(zip(given, states, strict=True)):
        if any(apart(a, b) for a, b in zip(tensor.shape, shape, strict=True)):
            raise StatesMisfit(index if paired else None, shape, list(tensor.shape))


def _same_dtype(layer: Any, input: Any, hx: Any) -> bool:
    """Whether the input, the initial states and the weights share one floating dtype (torch refuses others)."""
    import torch

    dtypes = {input.dtype, *(p.dtype for p in layer.parameters())}
    states = hx if isinstance(hx, (tuple, list)) else [] if hx is None else [hx]
    dtypes.update(t.dtype for t in states if isinstance(t, torch.Tensor))
    return len(dtypes) == 1 and input.dtype.is_floating_point
