"""A name one assignment binds twice (`_, _, action = ...`): Python assigns the targets left to right, so only
the last binding of the name is ever visible; the earlier ones are no hint sites."""

from __future__ import annotations

import ast


def rebound_later(target: ast.expr) -> set[int]:
    """The ids of the name targets in `target` that a later target of the same assignment binds again."""
    names = [node for node in ast.walk(target) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
    names.sort(key=lambda node: (node.lineno, node.col_offset))
    return {id(node) for index, node in enumerate(names) if any(later.id == node.id for later in names[index + 1 :])}
