"""Files torch-lsp can rebuild, kept between runs under `$XDG_CACHE_HOME/torch-lsp` (default
`~/.cache/torch-lsp`): a missing, stale or unreadable one is rebuilt, never an error."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/torch-lsp` (default `~/.cache/torch-lsp`)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "torch-lsp"


def read_json(path: Path) -> Any:
    """The JSON data in `path`, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any) -> None:
    """Write `data` to `path` atomically (readers never see half a file); failures are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError):
        pass
