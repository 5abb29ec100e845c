"""How often real code uses each torch API, as a rank for ordering completions.

The counts come from `knowledge/api_usage.tsv` when it exists (counted over public code), else from
`knowledge/data/api_usage_default.tsv` (made by scripts/count_api_usage.py over a small set of programs).
Each is `api<TAB>count` lines; a header line and malformed lines are skipped.
"""

from __future__ import annotations

import functools
from pathlib import Path

_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
USAGE_FILES = (_KNOWLEDGE / "api_usage.tsv", _KNOWLEDGE / "data" / "api_usage_default.tsv")


def read_usage(path: Path) -> dict[str, int]:
    """The counts in one usage file (`Tensor.view` is read as `torch.Tensor.view`)."""
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.strip().split("\t")
        if len(fields) < 2 or not fields[1].strip().isdigit():
            continue
        name = fields[0].strip()
        if name.startswith("Tensor."):
            name = "torch." + name
        counts[name] = counts.get(name, 0) + int(fields[1])
    return counts


@functools.cache
def usage_ranks() -> dict[str, int]:
    """API name -> 0 for the most used, 1 for the next...; from the first usage file that exists."""
    path = next((p for p in USAGE_FILES if p.is_file()), None)
    counts = read_usage(path) if path is not None else {}
    ordered = sorted(counts, key=lambda name: (-counts[name], name))
    return {name: rank for rank, name in enumerate(ordered)}


def usage_rank(qualname: str) -> int:
    """The API's rank by use; every API never seen ranks after all that were."""
    ranks = usage_ranks()
    return ranks.get(qualname, len(ranks))
