"""Count how often programs use each torch API; writes `api<TAB>count` lines, most used first.

Usage: python scripts/count_api_usage.py PROGRAM.py... > server/torch_lsp/knowledge/data/api_usage_default.tsv

A dotted name that the program's imports qualify into torch (`nn.Linear`, `F.relu`, `torch.cat`) counts
once per use; an attribute of anything else but `self` counts as `torch.Tensor.<name>` when torch.Tensor has it.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

import torch
from torch_lsp.analysis.imports import collect_imports


def dotted(node: ast.expr) -> list[str] | None:
    """`a.b.c` as ['a', 'b', 'c']; None for anything but names and attributes."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def count_uses(source: str) -> Counter[str]:
    """The torch APIs one program uses, with how often."""
    tree = ast.parse(source)
    imports = collect_imports(tree)
    counts: Counter[str] = Counter()
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    for node in ast.walk(tree):
        if id(node) in inner or not isinstance(node, (ast.Attribute, ast.Name)):
            continue
        parts = dotted(node)
        qualname = imports.qualify(parts) if parts else None
        if qualname is not None and qualname.split(".")[0] == "torch":
            counts[qualname] += 1
        elif isinstance(node, ast.Attribute) and _tensor_method(node):
            counts[f"torch.Tensor.{node.attr}"] += 1
    return counts


def _tensor_method(node: ast.Attribute) -> bool:
    """`x.view`, not `self.view` (a module's own attribute) nor a private name."""
    if node.attr.startswith("_") or not hasattr(torch.Tensor, node.attr):
        return False
    return not (isinstance(node.value, ast.Name) and node.value.id == "self")


def main(paths: list[str]) -> None:
    """Print the counts over every program given."""
    total: Counter[str] = Counter()
    for path in paths:
        total += count_uses(Path(path).read_text(encoding="utf-8"))
    sys.stdout.write("api\tcount\n")
    for name, count in sorted(total.items(), key=lambda item: (-item[1], item[0])):
        sys.stdout.write(f"{name}\t{count}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
