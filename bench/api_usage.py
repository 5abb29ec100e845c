"""Which torch APIs real code uses, and where: the uses in a program's syntax tree, and counts over code.

    python bench/api_usage.py /work/wild/programs /work/.mirror/OWNER+NAME/repo ...   # writes the TSV

A use is a name that resolves, through the file's imports, to an object of the installed torch
(`torch.cat`, `nn.Linear`, `F.relu`, `optim.Adam`, `DataLoader`, `torch.long`, `cudnn.benchmark`),
or a method call `receiver.name(...)` whose name is a public `torch.Tensor` method and whose receiver
is neither an imported module nor `self` (`x.view(...)`, `model(x).sum()`). Names inside type
annotations are not uses. Statically the receiver's type is not
known, so method names that builtin containers and strings also have (`split`, `sort`, `index`, `add`,
`values`) are left out of the counts; bench/wild_hover_bench.py decides those from execution.
Folders are searched for `.py` files and notebooks; a git directory (no work tree) is read at HEAD.
Writes the APIs with their use counts and the number of files that use them, most used first.
"""

from __future__ import annotations

import argparse
import ast
import collections
import functools
import importlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import torch

TORCH_FUNCTIONS = "torch.* functions"
NN_LAYERS = "nn layers"
FUNCTIONAL = "F.* functional"
OPTIM_DATA = "optimizers, schedulers, data utilities"
TENSOR_METHODS = "Tensor methods"
DTYPES_FLAGS = "dtypes, flags"
KINDS = (TORCH_FUNCTIONS, NN_LAYERS, FUNCTIONAL, OPTIM_DATA, TENSOR_METHODS, DTYPES_FLAGS)

TENSOR_METHOD_NAMES = frozenset(
    name for name in dir(torch.Tensor) if not name.startswith("_") and callable(getattr(torch.Tensor, name, None))
)
# Method names that str, list, dict, set or tuple also have: a static reading cannot tell them apart.
SHARED_WITH_BUILTINS = frozenset(
    name for name in TENSOR_METHOD_NAMES if any(hasattr(kind, name) for kind in (str, list, dict, set, tuple))
)
OUTPUT = Path(__file__).resolve().parent.parent / "server" / "torch_lsp" / "knowledge" / "api_usage.tsv"


@dataclass(frozen=True)
class Use:
    """One use of a torch API: what it is and where its name is (0-based line, column in characters)."""

    api: str
    kind: str
    line: int
    column: int
    name: str


@functools.cache
def resolve(path: str) -> object | None:
    """The torch object a dotted path names, or None."""
    parts = path.split(".")
    try:
        obj: object = importlib.import_module(parts[0])
    except ImportError:
        return None
    for index, part in enumerate(parts[1:], 1):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            try:
                obj = importlib.import_module(".".join(parts[: index + 1]))
            except ImportError:
                return None
    return obj


def kind_of(path: str, obj: object) -> str:
    """The kind of API a resolved torch path is (the rows of issue 16's table)."""
    if path.startswith("torch.nn.functional."):
        return FUNCTIONAL
    if path.startswith(("torch.optim.", "torch.utils.data.")):
        return OPTIM_DATA
    if isinstance(obj, type) and issubclass(obj, torch.nn.Module):
        return NN_LAYERS
    if isinstance(obj, (torch.dtype, bool, int, float, str, torch.layout, torch.memory_format)):
        return DTYPES_FLAGS
    return TORCH_FUNCTIONS


def import_aliases(tree: ast.AST) -> dict[str, str]:
    """Local name -> dotted torch path, from every import of torch in the tree."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "torch" or alias.name.startswith("torch."):
                    if alias.asname:
                        aliases[alias.asname] = alias.name
                    else:
                        aliases["torch"] = "torch"
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and (node.module == "torch" or node.module.startswith("torch."))
        ):
            for alias in node.names:
                if alias.name != "*":
                    aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def other_modules(tree: ast.AST) -> set[str]:
    """Local names bound to imported modules that are not torch (np, math, os...)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not (alias.name == "torch" or alias.name.startswith("torch.")):
                    names.add(alias.asname or alias.name.split(".")[0])
    return names


def _annotations(node: ast.AST) -> list[ast.expr]:
    """The type annotations a node carries (a name in an annotation is a type, not a use)."""
    if isinstance(node, ast.AnnAssign):
        return [node.annotation]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = node.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        return [a.annotation for a in every if a is not None and a.annotation is not None] + (
            [node.returns] if node.returns else []
        )
    return []


def _dotted(node: ast.expr) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def _name_position(node: ast.Attribute | ast.Name, lines: list[str]) -> tuple[int, int]:
    """Where the last name segment starts (0-based line, column in characters)."""
    assert node.end_lineno is not None and node.end_col_offset is not None
    line = node.end_lineno - 1
    end = len(lines[line].encode("utf-8")[: node.end_col_offset].decode("utf-8", errors="ignore"))
    name = node.attr if isinstance(node, ast.Attribute) else node.id
    return line, end - len(name)


def find_uses(source: str, include_shared: bool = False) -> list[Use]:
    """Every torch API use in `source` (see the module docstring), in source order.

    With `include_shared`, method calls whose name builtins share are kept too (the caller decides them).
    """
    tree = ast.parse(source)
    lines = source.split("\n")
    aliases = import_aliases(tree)
    modules = other_modules(tree)
    uses: list[Use] = []
    inner: set[int] = set()  # attribute bases and annotations: not uses of their own
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            inner.add(id(node.value))
        for annotation in _annotations(node):
            inner.update(id(part) for part in ast.walk(annotation))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load) and id(node) not in inner:
            parts = _dotted(node)
            if parts and parts[0] in aliases and not (len(parts) == 1 and parts[0] == "torch"):
                path = ".".join([aliases[parts[0]], *parts[1:]])
                obj = resolve(path)
                if obj is not None and not isinstance(obj, type(torch)):
                    line, column = _name_position(node, lines)
                    uses.append(Use(path, kind_of(path, obj), line, column, parts[-1]))
                    continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            receiver = _dotted(node.func.value)
            if name not in TENSOR_METHOD_NAMES or (name in SHARED_WITH_BUILTINS and not include_shared):
                continue
            if receiver and (receiver[0] in aliases or receiver[0] in modules or receiver == ["self"]):
                continue  # a module's function (torch.cat, np.random.randn) or the class's own member
            line, column = _name_position(node.func, lines)
            uses.append(Use(f"Tensor.{name}", TENSOR_METHODS, line, column, name))
    return sorted(uses, key=lambda use: (use.line, use.column))


def python_sources(root: Path) -> list[tuple[str, str]]:
    """(name, text) of every Python file and notebook (code cells joined) under a folder or git directory."""
    if (root / "HEAD").is_file() or (root / ".git").exists():
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-tree", "-r", "--name-only", "HEAD"], check=True, capture_output=True, text=True
        ).stdout.split("\n")
        found = []
        for name in listed:
            if name.endswith((".py", ".ipynb")):
                shown = subprocess.run(
                    ["git", "-C", str(root), "show", f"HEAD:{name}"], capture_output=True, check=False
                )
                found.append((f"{root}:{name}", _as_python(name, shown.stdout.decode("utf-8", errors="replace"))))
        return found
    return [
        (str(path), _as_python(path.name, path.read_text(encoding="utf-8", errors="replace")))
        for path in sorted(root.rglob("*"))
        if path.suffix in (".py", ".ipynb")
    ]


def _as_python(name: str, text: str) -> str:
    if not name.endswith(".ipynb"):
        return text
    try:
        cells = json.loads(text).get("cells", [])
    except json.JSONDecodeError:
        return ""
    code = ["".join(c.get("source", "")) for c in cells if c.get("cell_type") == "code"]
    return "\n".join(
        "\n".join("pass" if line.lstrip().startswith(("%", "!")) else line for line in cell.split("\n"))
        for cell in code
    )


def count(roots: list[Path]) -> tuple[collections.Counter, collections.Counter, dict[str, str], int]:
    """Uses per API, files per API, each API's kind, and how many files were read, over every root."""
    uses: collections.Counter = collections.Counter()
    files: collections.Counter = collections.Counter()
    kinds: dict[str, str] = {}
    read = 0
    for root in roots:
        for _, text in python_sources(root):
            try:
                found = find_uses(text)
            except (SyntaxError, ValueError):
                continue  # Python 2 files and broken notebooks
            read += 1
            for use in found:
                uses[use.api] += 1
                kinds[use.api] = use.kind
            files.update({use.api for use in found})
    return uses, files, kinds, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="+", type=Path, help="folders or git directories to read")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="the TSV to write")
    args = parser.parse_args()
    uses, files, kinds, read = count(args.roots)
    rows = sorted(uses, key=lambda api: (-uses[api], -files[api], api))
    header = [
        "# The torch APIs public PyTorch code uses most, written by bench/api_usage.py (names and counts only).",
        f"# Read: {read} Python files and notebooks of {len(args.roots)} public repositories (listed in",
        f"# bench/README.md, section 'Wild set'), resolved against torch {torch.__version__}. A use is a name",
        "# that resolves through the file's imports to a torch object (type annotations left out), or a",
        "# call of a public torch.Tensor method name on a receiver that is neither a module nor `self`;",
        "# names str/list/dict/set share (split, sort, index, add, values) are not counted, and `.to`,",
        "# `.cuda`, `.float` count whether the receiver is a tensor or a module. Columns: api, kind, uses",
        "# (every occurrence), files (files with at least one).",
        "api\tkind\tuses\tfiles",
    ]
    body = [f"{api}\t{kinds[api]}\t{uses[api]}\t{files[api]}" for api in rows]
    args.output.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(rows)} APIs, {sum(uses.values())} uses in {read} files -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
