"""A name one assignment binds twice (`_, _, action = ...`): Python assigns the targets left to right, so once
the assignment is done the name holds what its last target was given; every occurrence shows that value."""

from __future__ import annotations

import ast


def rebound_later(target: ast.expr) -> list[ast.Name]:
    """The name targets in `target` that a later target of the same assignment binds again."""
    names = [node for node in ast.walk(target) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
    names.sort(key=lambda node: (node.lineno, node.col_offset))
    return [node for index, node in enumerate(names) if any(later.id == node.id for later in names[index + 1 :])]
