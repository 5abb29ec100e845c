"""Which local names stand for which torch modules and objects (`import torch.nn as nn`, ...)."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


@dataclass
class ImportTable:
    """Local name -> fully qualified name, from every import statement of a module."""

    names: dict[str, str] = field(default_factory=dict)

    def qualify(self, dotted: list[str]) -> str | None:
        """Qualify a dotted expression such as ['nn', 'Conv2d'] -> 'torch.nn.Conv2d'."""
        if not dotted or dotted[0] not in self.names:
            return None
        return ".".join([self.names[dotted[0]], *dotted[1:]])


def collect_imports(tree: ast.AST) -> ImportTable:
    """Collect the import bindings of a module (at any depth; later bindings win)."""
    table = ImportTable()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    table.names[alias.asname] = alias.name
                else:
                    head = alias.name.split(".")[0]
                    table.names[head] = head
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name != "*":
                    table.names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return table
