"""`torch.einsum` on symbolic sizes: torch's kernel evaluates a guard for each size it compares and each layout
it picks (a quarter of a second for one call of a graph convolution), so where every letter stands for one size
in all its places the result is built from the equation instead: the output letters' sizes, laid out as torch
lays the result out. Torch's layout depends on which sizes are 1; on sizes it holds as unbacked symbols (all the
engine's) it takes none of them to be 1, so the layout is read from its own run on stand-ins of 2 and more.
Anything else (one operand, whose result may be a view of it; letters whose sizes may differ; broadcasting;
mixed dtypes; backed symbols) runs torch's einsum."""

from __future__ import annotations

from typing import Any

from .joins import same_dim
from .symbols import is_symbolic

_ELLIPSIS = "..."


def einsum(equation: Any, *operands: Any) -> Any:
    """`torch.einsum(equation, *operands)`, built from the equation where that is sure to be what torch gives."""
    import torch

    tensors = list(operands[0]) if len(operands) == 1 and isinstance(operands[0], (list, tuple)) else list(operands)
    built = _built(equation, tensors) if isinstance(equation, str) else None
    return built if built is not None else torch.einsum(equation, *operands)


def _built(equation: str, tensors: list[Any]) -> Any:
    import torch

    if len(tensors) < 2 or not all(isinstance(t, torch.Tensor) and t.layout == torch.strided for t in tensors):
        return None  # of one operand, torch's result may be a view of it
    if len({t.dtype for t in tensors}) != 1 or not any(is_symbolic(size) for t in tensors for size in t.shape):
        return None
    labelled = _labelled(equation.replace(" ", ""), tensors)
    if labelled is None:
        return None
    sizes, output = labelled
    out_sizes = [sizes[label] for label in output]
    order = _layout(equation, tensors, out_sizes)
    if order is None:
        return None
    result = torch.empty([out_sizes[d] for d in order], dtype=tensors[0].dtype)
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        result = result.requires_grad_() * 1  # a result of the graph, not a leaf
    return result.permute(*sorted(range(len(order)), key=order.__getitem__))


def _labelled(equation: str, tensors: list[Any]) -> tuple[dict[str, Any], list[str]] | None:
    """Each label's size and the output's labels; None where torch could broadcast or refuse, or where two
    places of one label hold sizes not known to be the same."""
    inputs, arrow, given = equation.partition("->")
    terms = inputs.split(",")
    if len(terms) != len(tensors):
        return None
    sizes: dict[str, Any] = {}
    counts: dict[str, int] = {}
    spans = set()
    for term, tensor in zip(terms, tensors, strict=True):
        labels = _term_labels(term, tensor.dim())
        if labels is None:
            return None
        spans.add(sum(label.startswith(_ELLIPSIS) for label in labels))
        for label, size in zip(labels, tensor.shape, strict=True):
            if label in sizes and not same_dim(sizes[label], size):
                return None
            sizes[label] = size
            counts[label] = counts.get(label, 0) + 1
    if len(spans) != 1:
        return None
    span = spans.pop()
    dots = [f"{_ELLIPSIS}{i}" for i in range(span)]
    if not arrow:
        return sizes, dots + sorted(label for label, count in counts.items() if count == 1 and len(label) == 1)
    output = _term_labels(given, len(given.replace(_ELLIPSIS, "")) + span)
    if output is None or len(set(output)) != len(output) or not set(output) <= set(sizes):
        return None
    return sizes, output


def _term_labels(term: str, rank: int) -> list[str] | None:
    """The label of each dimension of a term for an operand of `rank` dimensions (an ellipsis's positions named
    `...0`, `...1`, ...); None where the term does not fit it."""
    before, dots, after = term.partition(_ELLIPSIS)
    if before + after and not (before + after).isalpha():  # a second ellipsis, a stray dot, a digit
        return None
    span = rank - len(before) - len(after)
    if (span != 0 and not dots) or span < 0:
        return None
    return [*before, *(f"{_ELLIPSIS}{i}" for i in range(span)), *after]


def _layout(equation: str, tensors: list[Any], out_sizes: list[Any]) -> list[int] | None:
    """The output's dimensions from the outermost to the innermost as torch lays them out for sizes it cannot
    take to be 1 (see the module's docstring); None for sizes it could, or a result that is not a dense permutation."""
    from torch.fx.experimental.symbolic_shapes import free_unbacked_symbols

    symbols = {s for t in tensors for size in t.shape if is_symbolic(size) for s in size.node.expr.free_symbols}
    if symbols != {s for t in tensors for s in free_unbacked_symbols(tuple(t.shape))}:
        return None
    values = {s: 2 + i for i, s in enumerate(sorted(symbols, key=str))}
    try:
        strides, shape = _run(equation, tensors, values)
    except Exception:  # noqa: BLE001 torch refuses the stand-ins: its own kernel decides
        return None
    if list(shape) != [_value(size, values) for size in out_sizes]:
        return None
    order = sorted(range(len(shape)), key=lambda d: (-strides[d], d))
    return order if _dense_in(order, shape, strides) else None


def _run(equation: str, tensors: list[Any], values: dict[Any, int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Torch's einsum on meta stand-ins whose symbols take `values`: the result's strides and shape."""
    import torch
    from torch._subclasses.fake_tensor import unset_fake_temporarily

    with unset_fake_temporarily():
        stand_ins = [torch.empty([_value(s, values) for s in t.shape], dtype=t.dtype, device="meta") for t in tensors]
        result = torch.einsum(equation, *stand_ins)
    return tuple(result.stride()), tuple(result.shape)


def _dense_in(order: list[int], shape: tuple[int, ...], strides: tuple[int, ...]) -> bool:
    """Whether `strides` lay `shape` out densely in `order` (dimensions of size 1 may have any stride)."""
    expected = 1
    for d in reversed(order):
        if shape[d] != 1 and strides[d] != expected:
            return False
        expected *= shape[d]
    return True


def _value(size: Any, values: dict[Any, int]) -> int:
    return int(size.node.expr.xreplace(values)) if is_symbolic(size) else size
