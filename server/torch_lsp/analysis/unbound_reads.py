"""Reads of a function's local variable before any binding of it: Python raises UnboundLocalError there (a
NameError), so in a `try` body the statements after the read do not run and control goes to the first handler
that catches it. The idiom this decides is the loader restarted on demand:

    for step in range(steps):
        try:
            batch = next(batches)      # first step: `batches` is not bound yet, the handler runs
        except:
            batches = iter(loader)
            batch = next(batches)

A statement counts only when it reads the name before it runs any op (a call, an attribute, an item, an
operator), so nothing it would have done before raising is lost by not running it."""

from __future__ import annotations

import ast
import builtins
from collections.abc import Callable
from functools import lru_cache

_OWN_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_UNMODELLED = ("Match", "TypeAlias")  # statements the engine does not run: names they bind would look unbound


@lru_cache(maxsize=1024)
def local_names(definition: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """The names a function's own body binds besides its parameters (so each is local to it, Python never reads
    it from an enclosing scope); empty when the body holds a statement the engine does not run."""
    names: set[str] = set()
    pending: list[ast.AST] = list(definition.body)
    while pending:
        node = pending.pop()
        if type(node).__name__ in _UNMODELLED:
            return frozenset()
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        if isinstance(node, _OWN_SCOPES):
            names.add(getattr(node, "name", ""))
        elif not isinstance(node, _COMPREHENSIONS):
            pending.extend(ast.iter_child_nodes(node))
    arguments = definition.args
    parameters = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
    return frozenset(names - {""} - {parameter.arg for parameter in parameters if parameter is not None})


def reads_first(statement: ast.stmt, unbound: Callable[[str], bool]) -> bool:
    """Whether running `statement` surely reads a name `unbound` tells is not bound before it runs any op."""
    if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
        return unbound(statement.target.id) or _first_read(statement.value, unbound) is True
    if isinstance(statement, (ast.Assign, ast.Expr, ast.Return)) or (
        isinstance(statement, ast.AnnAssign) and statement.simple
    ):
        return statement.value is not None and _first_read(statement.value, unbound) is True
    return False


def _first_read(node: ast.AST, unbound: Callable[[str], bool]) -> bool | None:
    """True when evaluating `node` reads an unbound name before it runs any op; False when it runs no op and reads
    none; None when an op may run first."""
    if isinstance(node, ast.Name):
        return unbound(node.id)
    if isinstance(node, (ast.Constant, ast.expr_context)):
        return False
    children = _in_order(node)
    if children is None:
        return None
    for child in children:
        found = _first_read(child, unbound)
        if found is not False:
            return found
    return False if isinstance(node, (ast.Tuple, ast.List)) else None  # a starred part iterates: an op


def _in_order(node: ast.AST) -> list[ast.AST] | None:
    """The parts of `node` Python evaluates before its own op, in order; None where the engine does not follow
    the order."""
    if isinstance(node, ast.Call):
        if node.keywords and any(isinstance(arg, ast.Starred) for arg in node.args):
            return None
        return [node.func, *node.args, *(keyword.value for keyword in node.keywords)]
    if isinstance(node, (ast.Tuple, ast.List)):
        return list(node.elts)
    if isinstance(node, (ast.Attribute, ast.Starred)):
        return [node.value]
    if isinstance(node, ast.Subscript):
        return [node.value, node.slice]
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp):
        return [node.operand]
    return None


def catching_handler(
    node: ast.Try, raised: type[BaseException], rebound: Callable[[str], bool]
) -> ast.ExceptHandler | None:
    """The handler of `node` that catches a `raised` exception its body raises: the first one whose builtin
    exception class covers it, when every handler before it names builtin classes that do not; None otherwise.
    `rebound` tells a builtin name the program binds to something else."""
    for handler in node.handlers:
        classes = builtin_classes(handler.type, rebound)
        if classes is None:
            return None
        if any(issubclass(raised, cls) for cls in classes):
            return handler
    return None


def builtin_classes(kind: ast.expr | None, rebound: Callable[[str], bool]) -> list[type] | None:
    """The builtin exception classes an `except` clause names (BaseException for a bare one); None when it names
    anything else."""
    if kind is None:
        return [BaseException]
    names = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    classes = []
    for name in names:
        found = getattr(builtins, name.id, None) if isinstance(name, ast.Name) and not rebound(name.id) else None
        if not (isinstance(found, type) and issubclass(found, BaseException)):
            return None
        classes.append(found)
    return classes
