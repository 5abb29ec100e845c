"""Lists filled once per DataLoader batch: after the loop, their items are known batch by batch; a batch holds at
least one sample.

preds = []
for xb, yb in loader:             # 40 samples, batch_size=16: batches of 16, 16 and 8
    preds.append(model(xb))      # one item per batch, its dim 0 is the batch size
torch.cat(preds)                  # [40, 1]
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .joins import same_dim
from .symbols import Symbols
from .values import Const, Loader, Range, Scalar, Sequence, SymDim, TensorValue, Value

MAX_BATCHES = 4096
_EXITS = (ast.Break, ast.Continue, ast.Return, ast.Raise, ast.Yield, ast.YieldFrom, ast.Await)


def compared_batch_size(
    function: Callable[[Any, Any], bool], left: Value, right: Value, symbols: Symbols
) -> Value | None:
    """`size <op> n` where `size` is a batch size known only to be at most N (`≤N`): a batch holds 1 to N
    samples, so the comparison is decided when every size in that range gives the same answer; None for other
    operands."""
    for size, other, flipped in ((left, right, False), (right, left, True)):
        if not (isinstance(size, SymDim) and isinstance(other, Const) and type(other.value) is int):
            continue
        upper = symbols.upper_bound(size.value)
        if upper is None or upper > MAX_BATCHES:
            continue
        answers = {bool(function(other.value, n) if flipped else function(n, other.value)) for n in range(1, upper + 1)}
        return Const(answers.pop()) if len(answers) == 1 else None
    return None


def batch_sizes(length: Any, batch_size: int | None, drop_last: bool) -> tuple[int, ...] | None:
    """The size of each batch a DataLoader yields, when the dataset length and batch size are known."""
    if not isinstance(length, int) or length <= 0 or batch_size is None or batch_size <= 0:
        return None
    full, rest = divmod(length, batch_size)
    sizes = (batch_size,) * full + ((rest,) if rest and not drop_last else ())
    return sizes if 0 < len(sizes) <= MAX_BATCHES else None


def appended_each_iteration(body: list[ast.stmt]) -> list[str]:
    """Names `xs` that a loop body appends to exactly once per iteration (`xs.append(...)` at its top level or
    inside top-level `with` blocks) and touches in no other way that could change its length."""
    if any(isinstance(node, _EXITS) for statement in body for node in ast.walk(statement)):
        return []
    candidates = [name for name in (_appended_name(s) for s in top_level(body)) if name is not None]
    mentions: dict[str, int] = {}
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and node.id in candidates:
                mentions[node.id] = mentions.get(node.id, 0) + 1
    return [name for name in candidates if candidates.count(name) == 1 and mentions[name] == 1]


def top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """A loop body's statements, those of its top-level `with` blocks in their place."""
    found = []
    for statement in body:
        if isinstance(statement, (ast.With, ast.AsyncWith)):
            found += top_level(statement.body)
        else:
            found.append(statement)
    return found


def _appended_name(statement: ast.stmt) -> str | None:
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        func = statement.value.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "append"
            and isinstance(func.value, ast.Name)
            and len(statement.value.args) == 1
            and not statement.value.keywords
        ):
            return func.value.id
    return None


def per_batch_items(element: Value, loader: Loader, make_empty: Any) -> Sequence | None:
    """The list holding `element` once per batch of `loader`, with the batch dim set to each batch's size;
    None when the element's relation to the batch size is not simply its batch dim."""
    if loader.sizes is None:
        return None
    items = []
    for size in loader.sizes:
        item = _with_batch_size(element, loader.batch_dim, size, make_empty)
        if item is None:
            return None
        items.append(item)
    return Sequence(tuple(items), "list")


def last_batch(iterable: Any, body: list[ast.stmt], make_empty: Any) -> Any:
    """What a loop over a loader (or `enumerate` of one) binds in its last iteration: the last batch, of its own
    size; None unless every iteration runs the whole body."""
    loader = iterable.enumerates if isinstance(iterable, Range) else iterable
    if not isinstance(loader, Loader) or not loader.sizes:
        return None
    if any(isinstance(node, _EXITS) for statement in body for node in ast.walk(statement)):
        return None
    batch = _with_batch_size(loader.batch, loader.batch_dim, loader.sizes[-1], make_empty)
    if batch is None or not isinstance(iterable, Range):
        return batch
    return Sequence((Scalar(int), batch))


def _with_batch_size(value: Value, batch_dim: Any, size: int, make_empty: Any) -> Value | None:
    if isinstance(value, TensorValue):
        dims = [size if same_dim(d, batch_dim) else d for d in value.shape]
        if any(not isinstance(d, int) for d in dims):
            return None
        if dims == list(value.shape):
            return value
        return value.derive(make_empty(dims, value.probe.dtype), "batch")
    if isinstance(value, Sequence):
        if value.items is None:
            return None
        items = [_with_batch_size(item, batch_dim, size, make_empty) for item in value.items]
        known = [item for item in items if item is not None]
        return replace(value, items=tuple(known)) if len(known) == len(items) else None
    return value
