"""How often real code uses each torch API, as a rank for ordering completions.

The counts are the `uses` column of `knowledge/api_usage.tsv`, written by bench/api_usage.py over public
code: `#` comment lines, then a header naming the columns (`api` and `uses` among them), then one API a line.
"""

from __future__ import annotations

import functools
from pathlib import Path

USAGE_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "api_usage.tsv"


def read_usage(path: Path) -> dict[str, int]:
    """The use counts in a usage file (`Tensor.view` is read as `torch.Tensor.view`); malformed lines skipped."""
    counts: dict[str, int] = {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    header = next(rows, [])
    if "api" not in header or "uses" not in header:
        return counts
    api, uses = header.index("api"), header.index("uses")
    for fields in rows:
        if len(fields) <= max(api, uses) or not fields[uses].strip().isdigit():
            continue
        name = fields[api].strip()
        if name.startswith("Tensor."):
            name = "torch." + name
        counts[name] = counts.get(name, 0) + int(fields[uses])
    return counts


@functools.cache
def usage_ranks() -> dict[str, int]:
    """API name -> 0 for the most used, 1 for the next...; empty when the usage file is missing."""
    counts = read_usage(USAGE_FILE) if USAGE_FILE.is_file() else {}
    ordered = sorted(counts, key=lambda name: (-counts[name], name))
    return {name: rank for rank, name in enumerate(ordered)}


def usage_rank(qualname: str) -> int:
    """The API's rank by use; every API never seen ranks after all that were."""
    ranks = usage_ranks()
    return ranks.get(qualname, len(ranks))
