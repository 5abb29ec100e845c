"""Branches that surely raise: a block whose own statements include a `raise`, a statement that surely reads a
name the file binds nowhere (Python raises NameError there), one that surely reads an attribute of a plain class of
the file that neither it, its bases nor any store of the file define (Python raises AttributeError there), or one
that surely calls a function of the file whose body surely raises before it can return, never flows past its `if`,
so what follows the `if` sees only the other branch (and a `return` in it returns nothing). The file must be a
script whose names only it defines: no star import, no code that defines names at run time (`globals()`, `exec`,
`setattr` on a module...); calling an attribute `modules` (`self.modules()`, a layer's own method) is none, since
`sys.modules`, `__dict__`, `__globals__` and `f_globals` are not callable. `vars(x)` with an argument reads or
writes the attributes of `x`, never the script's names: its module is reachable only through `sys.modules`,
`__main__`, `globals()`, a function's globals or an import by name, which count as defining names. A block that
may leave early (`break`, `continue`) is not counted; the engine does not apply this under a `try`, a `with` whose
manager may swallow the exception, or in a generator (whose consumer may catch it), where the state at the raise
lives on."""

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
    | {"__import__", "import_module"}
)
_NAME_DICTS = frozenset({"modules", "__dict__", "__globals__", "f_globals"})
_DYNAMIC_ATTRIBUTES = _NAME_DICTS | {"import_module"}
_BUILTIN_NAMES = frozenset(dir(builtins)) | _PROVIDED
_TYPE_ATTRIBUTES = frozenset(dir(type))  # what every class has (`mro`, `__name__`...)


def bound_names(nodes: Iterable[ast.AST]) -> frozenset[str] | None:
    """Every name code made of `nodes` (all the nodes of some statements) binds anywhere (any scope, any way); None
    when names may be defined at run time."""
    names: set[str] = set()
    object_views: set[int] = set()  # the `vars` of the calls `vars(x)`: they never reach the script's names
    called: set[int] = set()  # `x.modules()`: those dicts are not callable, a call of one raises (`self.modules()`)
    for node in nodes:
        if isinstance(node, ast.Call) and _views_an_object(node):
            object_views.add(id(node.func))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _NAME_DICTS:
            called.add(id(node.func))
        if isinstance(node, ast.Name):
            if not isinstance(node.ctx, ast.Load):
                names.add(node.id)
            elif node.id in _DYNAMIC and id(node) not in object_views:
                return None
        elif isinstance(node, ast.Attribute) and node.attr in _DYNAMIC_ATTRIBUTES and id(node) not in called:
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


def _views_an_object(call: ast.Call) -> bool:
    """Whether `call` is `vars(x)` (with its argument: `vars()` is the caller's own names)."""
    func, args = call.func, call.args
    return isinstance(func, ast.Name) and func.id == "vars" and bool(args) and not isinstance(args[0], ast.Starred)


def _surely_evaluated(node: ast.AST) -> list[ast.AST]:
    """The nodes evaluating `node` surely evaluates (not those under a lambda, a comprehension's later parts, the
    second operand of `and` / `or`, or the branches of a conditional expression)."""
    if isinstance(node, ast.Lambda):
        return []
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
        return _surely_evaluated(node.generators[0].iter)
    if isinstance(node, ast.BoolOp):
        return _surely_evaluated(node.values[0])
    if isinstance(node, ast.IfExp):
        return _surely_evaluated(node.test)
    return [node, *(found for child in ast.iter_child_nodes(node) for found in _surely_evaluated(child))]


def _surely_read(node: ast.AST) -> list[ast.Name]:
    """The names evaluating `node` surely reads."""
    return [n for n in _surely_evaluated(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]


def _surely_called(node: ast.AST) -> list[str]:
    """The names of the functions evaluating `node` surely calls by name (`f(x)`)."""
    return [n.func.id for n in _surely_evaluated(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]


def _binding_counts(tree: ast.Module) -> dict[str, int]:
    """How many times the file binds each name (2 for a name imported or declared `global` / `nonlocal`)."""
    counts: dict[str, int] = {}
    for node in ast.walk(tree):
        bound = node.id if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) else None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound = node.name
        elif isinstance(node, ast.arg):
            bound = node.arg
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                counts[alias.asname or alias.name.split(".")[0]] = 2
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                counts[name] = 2
        if bound is not None:
            counts[bound] = counts.get(bound, 0) + 1
    return counts


def _plain_functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """The module-level functions whose name nothing else binds: undecorated, no generators, each name bound once."""
    counts = _binding_counts(tree)
    return {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and counts.get(node.name) == 1
        and not node.decorator_list
        and not any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node))
    }


def _class_attributes(tree: ast.Module) -> dict[str, frozenset[str]]:
    """The module-level classes whose name nothing else binds and whose attributes only their own bodies and their
    bases' define, each with the names those bodies bind: undecorated, no keywords (no metaclass), every base such
    a class or `object`."""
    counts = _binding_counts(tree)
    candidates = {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and counts.get(node.name) == 1
        and not node.decorator_list
        and not node.keywords
        and all(isinstance(base, ast.Name) for base in node.bases)
    }
    found: dict[str, frozenset[str]] = {}

    def attributes(name: str, seen: frozenset[str]) -> frozenset[str] | None:
        if name in found:
            return found[name]
        node = candidates.get(name)
        own = bound_names(ast.walk(node)) if node is not None and name not in seen else None
        if node is None or own is None:
            return None
        names = set(own)
        for base in node.bases:
            assert isinstance(base, ast.Name)
            inherited = frozenset() if base.id == "object" else attributes(base.id, seen | {name})
            if inherited is None:
                return None
            names.update(inherited)
        found[name] = frozenset(names)
        return found[name]

    for name in candidates:
        attributes(name, frozenset())
    return found


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

    def __init__(self, bound: frozenset[str] | None, tree: ast.Module, stored: frozenset[str] | None) -> None:
        self._bound = bound
        self._tree = tree
        self._stored = stored  # the attribute names the file may set (None: any)
        self._answers: dict[tuple[int, int], tuple[ast.stmt, bool]] = {}  # a block's answer, by its first statement

    @functools.cached_property
    def _names(self) -> frozenset[str] | None:
        """The names the script may read: its own and the builtins."""
        return None if self._bound is None else self._bound | _BUILTIN_NAMES

    @functools.cached_property
    def _classes(self) -> dict[str, frozenset[str]]:
        return _class_attributes(self._tree) if self._bound is not None and self._stored is not None else {}

    def _missing_attribute(self, node: ast.AST) -> bool:
        """Whether `node` reads an attribute of a plain class of the file (see `_class_attributes`) that the class
        never has: not `type`'s, not one its bodies bind, not one the file may set, nor a private name (mangled)."""
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            return False
        defined = self._classes.get(node.value.id)
        return (
            defined is not None
            and self._stored is not None
            and not node.attr.startswith("_")
            and node.attr not in _TYPE_ATTRIBUTES
            and node.attr not in defined
            and node.attr not in self._stored
        )

    @functools.cached_property
    def _functions(self) -> dict[str, ast.FunctionDef]:
        return _plain_functions(self._tree) if self._bound is not None else {}

    def surely_raises(self, block: list[ast.stmt]) -> bool:
        """Whether running `block` (statements of the file, not of a module it imports) surely ends in an
        exception; worked out once per block, which the code alone decides (a branch runs on every call)."""
        if not block:
            return False
        key = (id(block[0]), len(block))
        answer = self._answers.get(key)
        if answer is None or answer[0] is not block[0]:  # the statement held, so its id names no other one
            answer = self._answers[key] = (block[0], self._worked_out(block))
        return answer[1]

    def _worked_out(self, block: list[ast.stmt]) -> bool:
        if _leaves_early(block):
            return False
        names = self._names
        if names is None or block[0].lineno >= FOREIGN_LINES:
            return False
        return self._raises_first(block, names, frozenset())

    def reads_unbound(self, node: ast.expr) -> bool:
        """Whether evaluating `node` (an expression of the file) surely reads a name the script binds nowhere."""
        names = self._names
        return names is not None and node.lineno < FOREIGN_LINES and self._reads_unknown(node, names)

    @staticmethod
    def _reads_unknown(node: ast.expr, known: frozenset[str]) -> bool:
        return any(
            name.id not in known and not (name.id.startswith("__") and name.id.endswith("__"))
            for name in _surely_read(node)
        )

    def _raises(self, statement: ast.stmt, known: frozenset[str], calling: frozenset[str]) -> bool:
        """Whether running `statement` surely raises: a `raise`, a name read that nothing binds, or a call of a
        function of the file that surely raises before its first statement that may return (`calling`: the
        functions whose bodies are being asked about, so that recursion answers no)."""
        if isinstance(statement, ast.Raise):
            return True
        if not isinstance(statement, (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return)):
            return False
        if statement.value is None:
            return False
        if self._reads_unknown(statement.value, known):
            return True
        if any(self._missing_attribute(node) for node in _surely_evaluated(statement.value)):
            return True
        return any(
            name in self._functions and name not in calling and self._body_raises(self._functions[name], known, calling)
            for name in _surely_called(statement.value)
        )

    def _raises_first(self, block: list[ast.stmt], known: frozenset[str], calling: frozenset[str]) -> bool:
        """Whether a statement of `block` surely raises before any statement that may return."""
        for statement in block:
            if self._raises(statement, known, calling):
                return True
            if any(isinstance(n, ast.Return) for n in ast.walk(statement)):
                return False
        return False

    def _body_raises(self, function: ast.FunctionDef, known: frozenset[str], calling: frozenset[str]) -> bool:
        """Whether calling `function` surely raises: a statement of its body does before any that may return."""
        return self._raises_first(function.body, known, calling | {function.name})


def may_swallow(managers: list[Value]) -> bool:
    """Whether a `with` over these context managers may suppress an exception of its body (torch's own, such as
    `torch.no_grad()`, never do)."""
    return not all(isinstance(m, Instance) and m.qualname.startswith("torch.") for m in managers)
