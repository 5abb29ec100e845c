"""Branches that surely raise: a block whose own statements include a `raise`, or a statement that surely reads a
name the file binds nowhere (Python raises NameError there), never flows past its `if`, so what follows the `if`
sees only the other branch. The file must be a script whose names only it defines: no star import, no code
that defines names at run time (`globals()`, `exec`, `setattr` on a module...). A block that may leave early
(`break`, `continue`) is not counted; the engine does not apply this under a `try`, a `with` whose manager may
swallow the exception, or in a generator (whose consumer may catch it), where the state at the raise lives on."""

from __future__ import annotations

import ast
import builtins
import functools
from collections.abc import Iterable

from .source import FOREIGN_LINES
from .values import Instance, Value

# names a script may find without binding them: the `site` module's, and IPython's (`ipython script.py`)
_PROVIDED = frozenset({"exit", "quit", "copyright", "credits", "license", "help", "get_ipython", "display"})
# names through which code defines or reads names the engine would not see bound
_DYNAMIC = frozenset(
    {"globals", "locals", "vars", "exec", "eval", "execfile", "setattr", "builtins", "__builtins__", "__main__"}
)
_DYNAMIC_ATTRIBUTES = frozenset({"modules", "__dict__"})
_BUILTIN_NAMES = frozenset(dir(builtins)) | _PROVIDED


def bound_names(nodes: Iterable[ast.AST]) -> frozenset[str] | None:
    """Every name code made of `nodes` (all the nodes of some statements) binds anywhere (any scope, any way); None
    when names may be defined at run time."""
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Name):
            if not isinstance(node.ctx, ast.Load):
                names.add(node.id)
            elif node.id in _DYNAMIC:
                return None
        elif isinstance(node, ast.Attribute) and node.attr in _DYNAMIC_ATTRIBUTES:
            return None
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name == "*":
                    return None
                names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
        elif type(node).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"):
            names.add(node.name)  # type: ignore[attr-defined]
    return frozenset(names)


def _surely_read(node: ast.AST) -> list[ast.Name]:
    """The names evaluating `node` surely reads (not those under a lambda, a comprehension's later parts, the
    second operand of `and` / `or`, or the branches of a conditional expression)."""
    if isinstance(node, ast.Name):
        return [node] if isinstance(node.ctx, ast.Load) else []
    if isinstance(node, ast.Lambda):
        return []
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
        return _surely_read(node.generators[0].iter)
    if isinstance(node, ast.BoolOp):
        return _surely_read(node.values[0])
    if isinstance(node, ast.IfExp):
        return _surely_read(node.test)
    return [name for child in ast.iter_child_nodes(node) for name in _surely_read(child)]


def _leaves_early(block: list[ast.stmt]) -> bool:
    """Whether the block may `break` / `continue` out of it before it raises."""
    pending: list[ast.AST] = list(block)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Break, ast.Continue)):
            return True
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            pending.extend(node.orelse)  # a loop's own body may break out of that loop only
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            pending.extend(ast.iter_child_nodes(node))
    return False


class RaisingBranches:
    """Which blocks of one script surely raise, given the names `bound_names` found in it (None: not a script)."""

    def __init__(self, bound: frozenset[str] | None) -> None:
        self._bound = bound

    @functools.cached_property
    def _names(self) -> frozenset[str] | None:
        """The names the script may read: its own and the builtins."""
        return None if self._bound is None else self._bound | _BUILTIN_NAMES

    def surely_raises(self, block: list[ast.stmt]) -> bool:
        """Whether running `block` (statements of the file, not of a module it imports) surely ends in an
        exception."""
        if not block or _leaves_early(block):
            return False
        names = self._names
        if names is None or block[0].lineno >= FOREIGN_LINES:
            return False
        return any(isinstance(statement, ast.Raise) or self._reads_unbound(statement, names) for statement in block)

    def _reads_unbound(self, statement: ast.stmt, known: frozenset[str]) -> bool:
        if not isinstance(statement, (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return)):
            return False
        if statement.value is None:
            return False
        return any(
            name.id not in known and not (name.id.startswith("__") and name.id.endswith("__"))
            for name in _surely_read(statement.value)
        )


def may_swallow(managers: list[Value]) -> bool:
    """Whether a `with` over these context managers may suppress an exception of its body (torch's own, such as
    `torch.no_grad()`, never do)."""
    return not all(isinstance(m, Instance) and m.qualname.startswith("torch.") for m in managers)
