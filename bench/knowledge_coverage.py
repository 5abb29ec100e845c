"""How many of the most used torch APIs have a knowledge-base entry, and which do not.

Usage: python bench/knowledge_coverage.py [USAGE_TSV] [--top N]
USAGE_TSV is the list bench/api_usage.py writes (server/torch_lsp/knowledge/api_usage.tsv by default):
`#` comment lines, a header naming the `api` column, then one API per line, most used first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch
from torch_lsp.knowledge.loader import load
from torch_lsp.knowledge.lookup import EntryIndex

_DEFAULT = Path(__file__).resolve().parent.parent / "server" / "torch_lsp" / "knowledge" / "api_usage.tsv"


def top_apis(path: Path, top: int) -> list[str]:
    """The first `top` API names of a usage list, as qualified names (`Tensor.view` -> `torch.Tensor.view`)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    column = rows[0].index("api")
    names = [row[column].strip() for row in rows[1:]]
    return ["torch." + name if name.startswith("Tensor.") else name for name in names][:top]


def main() -> None:
    """Print the coverage of the top APIs and the missing ones, most used first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("usage", nargs="?", type=Path, default=_DEFAULT)
    parser.add_argument("--top", type=int, default=300)
    args = parser.parse_args()
    names = top_apis(args.usage, args.top)
    kb = load()
    missing = EntryIndex(kb).uncovered(names, torch)
    sources = {source: sum(e.source == source for e in kb.entries) for source in ("sheet", "torch-lsp")}
    print(f"top {len(names)}: {len(names) - len(missing)} with an entry, {len(missing)} without")
    print(
        f"entries: {len(kb.entries)} ({sources['sheet']} from the sheet, {sources['torch-lsp']} written for torch-lsp)"
    )
    for name in missing:
        print(f"  missing: {name}")


if __name__ == "__main__":
    main()
