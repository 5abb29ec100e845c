"""What an analysis the time budget cut short still shows. A binding holds the join over every run of its line, and
runs not yet interpreted may widen it, so only lines that cannot run again count: the module's statements before the
one cut short, and, within a function the program calls exactly once (`main()` under `if __name__ == "__main__":`,
the `train(args)` that `main` calls), the statements of its body before the one cut short. A statement cut short (a
loop) did not reach its join either.

A function is called exactly once when its name appears once in the module, as the callee of a call that its
caller (the module, or a function itself called once) makes outside any loop, comprehension or nested definition.
"""

from __future__ import annotations

import ast
from typing import Protocol, TypeVar

from .generators import is_generator


class _Placed(Protocol):
    """A binding, as far as this module reads it: its line and the span of the scope it is in."""

    line: int
    scope: tuple[int, int]


_Binding = TypeVar("_Binding", bound=_Placed)

# decorators that run the function once, as it is, when it is called
_TRANSPARENT_DECORATORS = frozenset({"torch.no_grad()", "torch.inference_mode()", "torch.enable_grad()"})
_REPEATING = (
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def sound_bindings(
    tree: ast.Module,
    bindings: list[_Binding],
    stopped_at: int | None,
    cut_calls: list[tuple[ast.AST, int | None]],
    line_count: int,
) -> list[_Binding]:
    """The bindings that hold although the budget cut the module's code short at line `stopped_at` (None: it was
    not), within the calls `cut_calls` (innermost first, each with the first line of its statement cut short)."""
    if stopped_at is None:
        return bindings
    kept = [b for b in bindings if b.scope == (0, line_count) and b.line < stopped_at]
    caller: ast.AST = tree
    for definition, reached in reversed(cut_calls):
        if reached is None or not isinstance(definition, ast.FunctionDef) or not _called_once(tree, caller, definition):
            break
        span = (definition.lineno - 1, (definition.end_lineno or definition.lineno) - 1)
        kept += [b for b in bindings if b.scope == span and b.line < reached]
        caller = definition
    return kept


def _called_once(tree: ast.Module, caller: ast.AST, definition: ast.FunctionDef) -> bool:
    """Whether `definition`, a plain function of the module, is called once, by `caller` (see the module's doc)."""
    if definition not in tree.body or is_generator(definition):
        return False
    if any(ast.unparse(d) not in _TRANSPARENT_DECORATORS for d in definition.decorator_list):
        return False
    name = definition.name
    mentions = [
        node
        for node in ast.walk(tree)
        if (isinstance(node, ast.Name) and node.id == name)
        or (isinstance(node, ast.Attribute) and node.attr == name)
        or (isinstance(node, ast.Constant) and node.value == name)
    ]
    if len(mentions) != 1:
        return False
    path = _path_to(caller, mentions[0])
    return (
        path is not None
        and len(path) >= 2
        and isinstance(path[-2], ast.Call)
        and path[-2].func is mentions[0]
        and not any(isinstance(node, _REPEATING) for node in path[1:])
    )


def _path_to(root: ast.AST, target: ast.AST) -> list[ast.AST] | None:
    """The nodes from `root` down to `target`, both included; None when `target` is not within `root`."""
    if root is target:
        return [root]
    for child in ast.iter_child_nodes(root):
        below = _path_to(child, target)
        if below is not None:
            return [root, *below]
    return None
