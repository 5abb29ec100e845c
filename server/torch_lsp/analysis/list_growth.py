"""Loops that grow a list by the same number of items on every pass: `xs.append(x)` and `xs.insert(i, x)` add one
item, `xs += [a, b, c]` and `xs.extend((a, b))` as many as the display holds, and a loop nested in the body adds
its own body's items once per item it iterates, when what it iterates over is the same on every pass (it reads no
name the outer body binds). With no other mention of the list, a loop over n items whose passes each run the whole
body (or leave the function) leaves it n times those items longer (the centres and sizes of a detector's prior
boxes, four numbers per box, for each cell of each feature map).

    for i, j in product(range(f), repeat=2):
        mean += [cx, cy, s, s]              # 4 a pass
        for ar in ratios[k]:                # len(ratios[k]) times:
            mean += [cx, cy, w, h]          #   4
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .batches import top_level


@dataclass
class Growth:
    """What one pass of a loop body adds to each list it grows (`added`), the statements that grow it (`sites`),
    and the iterables of the loops nested in it whose counts those take (each must be the same after the loop)."""

    added: dict[str, Any] = field(default_factory=dict)
    sites: dict[str, int] = field(default_factory=dict)
    nested: list[ast.expr] = field(default_factory=list)


def items_added_each_pass(body: list[ast.stmt], target: ast.expr, count_of: Callable[[ast.expr], Any]) -> Growth:
    """The lists a loop body grows by the same number of items on every pass that runs it whole, with that number;
    `count_of` gives how many items a nested loop's iterable yields (None when not known)."""
    targets = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
    growth = _growth(body, count_of, names_bound_in(body) | targets)
    mentions: dict[str, int] = {}
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Name) and node.id in growth.sites:
            mentions[node.id] = mentions.get(node.id, 0) + 1
    kept = {name for name, count in growth.sites.items() if mentions.get(name) == count and name not in targets}
    return Growth(
        {name: n for name, n in growth.added.items() if name in kept},
        {name: n for name, n in growth.sites.items() if name in kept},
        growth.nested,
    )


def _growth(body: list[ast.stmt], count_of: Callable[[ast.expr], Any], bound: set[str]) -> Growth:
    growth = Growth()
    for statement in top_level(body):
        grown = _grown_by(statement)
        if grown is not None:
            name, count = grown
            growth.added[name] = growth.added.get(name, 0) + count
            growth.sites[name] = growth.sites.get(name, 0) + 1
            continue
        if not isinstance(statement, ast.For) or statement.orelse:
            continue
        if any(isinstance(n, ast.Name) and n.id in bound for n in ast.walk(statement.iter)):
            continue  # what it iterates over may differ from pass to pass
        inner = _growth(statement.body, count_of, bound)
        times = count_of(statement.iter) if inner.added else None
        if times is None:
            continue
        growth.nested += [statement.iter, *inner.nested]
        for name, count in inner.added.items():
            growth.added[name] = growth.added.get(name, 0) + times * count
            growth.sites[name] = growth.sites.get(name, 0) + inner.sites[name]
    return growth


def _grown_by(statement: ast.stmt) -> tuple[str, int] | None:
    """(xs, n) for a statement that adds n items to list `xs`: `xs.append(x)`, `xs.insert(i, x)`,
    `xs.extend([...])` or `xs += [...]` of a display without `*`."""
    if isinstance(statement, ast.AugAssign) and isinstance(statement.op, ast.Add):
        if isinstance(statement.target, ast.Name):
            count = _display_length(statement.value)
            return (statement.target.id, count) if count is not None else None
        return None
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return None
    call, func = statement.value, statement.value.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)) or call.keywords:
        return None
    if any(isinstance(arg, ast.Starred) for arg in call.args):
        return None
    if (func.attr, len(call.args)) in (("append", 1), ("insert", 2)):
        return func.value.id, 1
    count = _display_length(call.args[0]) if func.attr == "extend" and len(call.args) == 1 else None
    return (func.value.id, count) if count is not None else None


def _display_length(node: ast.expr) -> int | None:
    """How many items a list or tuple display without `*` holds; None for anything else."""
    if isinstance(node, (ast.List, ast.Tuple)) and not any(isinstance(e, ast.Starred) for e in node.elts):
        return len(node.elts)
    return None


def names_bound_in(body: list[ast.stmt]) -> set[str]:
    """The names a loop body binds or deletes (its nested loops' variables among them)."""
    block = ast.Module(body=body, type_ignores=[])
    return {n.id for n in ast.walk(block) if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del))}
