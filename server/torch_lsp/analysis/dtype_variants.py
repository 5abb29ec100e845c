"""Tensors whose dtype is not known (paths that converted them differently merged, see joins): a call on them runs
once per combination of the dtypes they may have, and gives what the runs that did not raise agree on (a run that
raises stands for paths that never get past the call); the dtype of a result is not known where the runs differ."""

from __future__ import annotations

import itertools
from typing import Any

from .joins import same_dim
from .probes import OpResult
from .symbols import Symbols
from .values import TensorValue

MAX_RUNS = 8  # past this many combinations the call's result is unknown


def variant_arguments(
    tensors: list[TensorValue], args: tuple, kwargs: dict, symbols: Symbols
) -> list[tuple[tuple, dict]] | None:
    """The concrete arguments of each run: `args` and `kwargs` as given first, then with the probes of the tensors
    whose dtype is not known converted to each other combination of their dtypes; None past MAX_RUNS."""
    unknown = {id(t.probe): t for t in tensors if t.dtypes}
    options = [[t.probe.dtype, *sorted(t.possible_dtypes - {t.probe.dtype}, key=str)] for t in unknown.values()]
    combinations = list(itertools.product(*options))
    if len(combinations) > MAX_RUNS:
        return None
    runs = []
    for dtypes in combinations:
        probes = {key: _converted(t.probe, d, symbols) for (key, t), d in zip(unknown.items(), dtypes, strict=True)}
        runs.append((_replaced(args, probes), _replaced(kwargs, probes)))
    return runs


def _replaced(value: Any, probes: dict[int, Any]) -> Any:
    """`value` with each probe in `probes` (by id) replaced, tuples, lists and dicts rebuilt (a torch.Size kept)."""
    if type(value) in (tuple, list):
        return type(value)(_replaced(item, probes) for item in value)
    if type(value) is dict:
        return {key: _replaced(item, probes) for key, item in value.items()}
    return probes.get(id(value), value)


def _converted(probe: Any, dtype: Any, symbols: Symbols) -> Any:
    import torch

    if probe.dtype == dtype:
        return probe
    with symbols.mode(), torch.device("meta"):
        return probe.to(dtype)


def merged(results: list[OpResult]) -> tuple[OpResult, dict[int, frozenset[Any]]] | None:
    """The result of a call from those of its runs (the first ran on the arguments as given), with the dtypes each
    result tensor (by id) may have where the runs differ; None when the runs that did not raise disagree on
    anything else (sizes, strides, a number)."""
    ran = [r for r in results if r.error is None]
    if not ran:
        return results[0], {}
    if not all(r.evaluated for r in ran):
        return (ran[0], {}) if len(ran) == 1 else None
    found: dict[int, frozenset[Any]] = {}
    if not all(_agree(ran[0].value, r.value, found) for r in ran[1:]):
        return None
    return ran[0], {key: dtypes for key, dtypes in found.items() if len(dtypes) > 1}


def _agree(first: Any, other: Any, found: dict[int, frozenset[Any]]) -> bool:
    import torch

    if isinstance(first, torch.Tensor):
        if not isinstance(other, torch.Tensor) or not _same_tensor_shape(first, other):
            return False
        dtypes = found.get(id(first), frozenset((first.dtype,))) | {other.dtype}
        found[id(first)] = dtypes
        return len(dtypes) == 1 or all(d.is_floating_point for d in dtypes)
    if isinstance(first, (tuple, list)):
        return (
            type(first) is type(other)
            and len(first) == len(other)
            and all(_agree(a, b, found) for a, b in zip(first, other, strict=True))
        )
    if isinstance(first, (int, torch.SymInt)) and not isinstance(first, bool):
        return isinstance(other, (int, torch.SymInt)) and not isinstance(other, bool) and same_dim(first, other)
    if first is None or isinstance(first, (bool, float, str, torch.dtype)):
        return type(first) is type(other) and first == other
    return first is other


def _same_tensor_shape(a: Any, b: Any) -> bool:
    import torch

    if a.dim() != b.dim() or a.layout != b.layout or not all(map(same_dim, a.shape, b.shape)):
        return False
    return a.layout != torch.strided or all(map(same_dim, a.stride(), b.stride()))
