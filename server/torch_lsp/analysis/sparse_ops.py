"""Ops on sparse tensors, which the meta device has no kernels for (`coalesce`, `spmm`, `sparse.mm`), and
the conversion of a dense tensor to the COO layout (`dense.to_sparse()`), which has none either.

Fake tensors on the CPU device do run them (torch's fake kernels): the op runs there, and each result comes
back as a meta tensor of the same shape, dtype and layout (a sparse one with no stored entries). How many entries
a sparse tensor stores is data (coalescing merges duplicate indices), so the calls that read them
(`s.indices()`, `s.values()`, `s._nnz()`) give a count the engine does not know: one int of its own per sparse
tensor, which may be 0 (`indices()` is `[sparse dims, count]`, `values()` `[count, *dense sizes]`), so that the
entries of one tensor fit together (`torch.sparse_coo_tensor(s.indices(), w * s.values(), s.shape)`). Those of
the compressed layouts (`crow_indices()`...) stay unknown.

Fake tensors cannot run a sparse op on symbolic sizes: the product of a sparse matrix and a dense one
(`torch.spmm(adj, x)` with `x` of `[n, hidden]`) is then the dense matrix torch returns for it, of the shape of
the same product of two dense matrices, when that shape decides nothing about the symbols.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .probes import strided, tree_map, tree_tensors
from .symbols import Symbols

_TO_COO = ("to_sparse", "to_sparse_coo")
_MATRIX_PRODUCTS = ("spmm", "_sparse_mm", "mm", "matmul", "__matmul__")
_COO_READS = ("indices", "values", "_indices", "_values", "_nnz")
_ENTRY_READS = (
    "indices",
    "values",
    "_indices",
    "_values",
    "_nnz",
    "crow_indices",
    "col_indices",
    "ccol_indices",
    "row_indices",
)


def involves_sparse(args: tuple, kwargs: dict) -> bool:
    """Whether a call has a sparse tensor among its arguments."""
    return any(not strided(tensor) for tensor in tree_tensors((args, kwargs)))


def reads_entries(fn: Callable[..., Any], args: tuple) -> bool:
    """Whether a call reads the stored entries of a sparse tensor (`s.indices()`, `s.values()`, `s._nnz()`)."""
    return getattr(fn, "__name__", None) in _ENTRY_READS and involves_sparse(args[:1], {})


def coo_entries(fn: Callable[..., Any], args: tuple, count: Callable[[Any], Any]) -> Any:
    """What `s.indices()`, `s.values()` or `s._nnz()` (or their underscored forms) of a COO tensor `s` gives when
    `count(s)` is the number of entries it stores; None for other calls."""
    import torch

    name = getattr(fn, "__name__", None)
    if len(args) != 1 or name not in _COO_READS or getattr(args[0], "layout", None) != torch.sparse_coo:
        return None
    sparse = args[0]
    stored = count(sparse)
    if name == "_nnz":
        return stored
    with torch.device("meta"):
        if name in ("indices", "_indices"):
            return torch.empty((sparse.sparse_dim(), stored), dtype=torch.int64)
        return torch.empty((stored, *sparse.shape[sparse.sparse_dim() :]), dtype=sparse.dtype)


def makes_sparse(fn: Callable[..., Any]) -> bool:
    """Whether a call converts a tensor to the sparse COO layout (`t.to_sparse()`, `t.to_sparse_coo()`)."""
    return getattr(fn, "__name__", None) in _TO_COO


def run_on_fake_cpu(
    fn: Callable[..., Any], args: tuple, kwargs: dict, symbols: Symbols, shape_errors: tuple[type[BaseException], ...]
) -> tuple[Any, BaseException | None]:
    """`fn(*args, **kwargs)` on fake CPU tensors standing for the arguments: the result on meta (None when it
    cannot run, or an argument has a symbolic size), or the shape error torch raised."""
    import torch
    from torch._subclasses.fake_tensor import FakeTensor

    if any(not all(isinstance(d, int) for d in t.shape) for t in tree_tensors((args, kwargs))):
        return None, None
    try:
        mode = symbols.mode()
        cpu = torch.device("cpu")

        def fake(value: Any) -> Any:
            return FakeTensor(mode, _on_meta(value), cpu) if isinstance(value, torch.Tensor) else value

        fake_args, fake_kwargs = tree_map(args, fake), tree_map(kwargs, fake)
        with mode:
            value = fn(*fake_args, **fake_kwargs)
    except shape_errors as error:
        return None, error
    except Exception:  # noqa: BLE001 an op fake tensors cannot run either: its result is unknown
        return None, None
    try:
        return tree_map(value, _on_meta), None
    except ValueError:
        return None, None


def dense_product(fn: Callable[..., Any], args: tuple, kwargs: dict, symbols: Symbols) -> Any:
    """The dense result of `sparse @ dense` for 2-D COO and strided matrices of symbolic sizes; None for any
    other call, or when the sizes would have to be decided."""
    import torch

    if kwargs or len(args) != 2 or getattr(fn, "__name__", None) not in _MATRIX_PRODUCTS:
        return None
    sparse, dense = args
    if not (isinstance(sparse, torch.Tensor) and isinstance(dense, torch.Tensor)):
        return None
    if sparse.layout != torch.sparse_coo or sparse.sparse_dim() != 2 or not strided(dense) or dense.dim() != 2:
        return None
    mark, guards = symbols.replacement_mark(), symbols.guard_mark()
    try:
        with symbols.mode(), torch.device("meta"):
            value = torch.mm(torch.empty(sparse.shape, dtype=sparse.dtype), dense)
    except Exception:  # noqa: BLE001 a product dense matrices cannot make is an unknown result
        value = None
    if symbols.undo_specialisations(mark, guards) or symbols.guarded_since(guards):
        return None
    return value


def _on_meta(value: Any) -> Any:
    """A plain meta tensor with the shape, dtype and layout of `value` (a fake or meta tensor of int sizes)."""
    import torch

    if not isinstance(value, torch.Tensor):
        return value
    shape = tuple(value.shape)
    if not all(isinstance(d, int) for d in shape):
        raise ValueError("a data-dependent size")
    if strided(value):
        return torch.empty(shape, dtype=value.dtype, device="meta")
    if value.layout != torch.sparse_coo:
        raise ValueError("a sparse layout other than COO")
    sparse_dims, dense_dims = value.sparse_dim(), shape[value.sparse_dim() :]
    indices = torch.empty((sparse_dims, 0), dtype=torch.int64, device="meta")
    values = torch.empty((0, *dense_dims), dtype=value.dtype, device="meta")
    return torch.sparse_coo_tensor(indices, values, shape)
