"""A file's hints as its last complete analysis rendered them, kept on disk so that a file opened again shows
its hints before torch has loaded. A snapshot is shown only for the exact texts it was computed from (the
file's, and those of the files its analysis read), the same settings and the same torch-lsp and torch."""

from __future__ import annotations

import hashlib
import importlib.metadata
import platform
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .analysis.module_loader import digest
from .cache import default_cache_dir, read_json, write_json
from .documents import Unit
from .features.inlay_hints import HintView
from .settings import Settings

FORMAT = 1


def engine_fingerprint() -> str:
    """What a snapshot's hints depend on besides the texts: torch-lsp's code, torch's and Python's versions."""
    hasher = hashlib.blake2b(digest_size=16)
    package = Path(__file__).parent
    for file in sorted(package.rglob("*.py")):
        hasher.update(file.relative_to(package).as_posix().encode())
        hasher.update(file.read_bytes())
    try:
        torch_version = importlib.metadata.version("torch")
    except importlib.metadata.PackageNotFoundError:
        torch_version = "none"
    hasher.update(f"{torch_version} {platform.python_version()}".encode())
    return hasher.hexdigest()


class HintSnapshots:
    """One snapshot per analysed file and analysis settings, under `<cache>/hints`."""

    def __init__(self, fingerprint: str, directory: Path | None = None) -> None:
        self.fingerprint = fingerprint  # see engine_fingerprint
        self._directory = (directory or default_cache_dir()) / "hints"

    def store(
        self, path: str, unit: Unit, settings: Settings, views: list[HintView], files_read: dict[str, str]
    ) -> None:
        """Keep the hints of a complete analysis of `unit` (the text of `path`), which read `files_read`
        (path -> digest of the text it read)."""
        write_json(
            self._file(path, settings),
            {
                "format": FORMAT,
                "engine": self.fingerprint,
                "source": _unit_digest(unit),
                "files": files_read,
                "hints": [asdict(view) for view in views],
            },
        )

    def load(
        self, path: str, unit: Unit, settings: Settings, current_text: Callable[[str], str | None]
    ) -> list[HintView] | None:
        """The hints kept for this exact text of `unit` (that of `path`), if every file its analysis read still
        has the text it read (`current_text`: a file's text now, None when it is gone); else None."""
        data = read_json(self._file(path, settings))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("engine") != self.fingerprint:
            return None
        files, hints = data.get("files"), data.get("hints")
        if data.get("source") != _unit_digest(unit) or not isinstance(files, dict) or not isinstance(hints, list):
            return None
        for other, expected in files.items():
            text = current_text(other)
            if text is None or digest(text) != expected:
                return None
        try:
            return [_view(hint) for hint in hints]
        except (TypeError, ValueError):
            return None

    def _file(self, path: str, settings: Settings) -> Path:
        analysed_with = f"{path}\0{settings.device}\0{settings.probe_max_elements}\0{settings.analysis_budget_s}"
        return self._directory / f"{digest(analysed_with)}.json"


def _unit_digest(unit: Unit) -> str:
    return digest(f"{unit.cell_lines}\0{unit.source}")


def _view(hint: Any) -> HintView:
    if not isinstance(hint, dict):
        raise TypeError("a hint is an object")
    view = HintView(**{**hint, "origin": tuple(hint.get("origin", ()))})
    if not (isinstance(view.line, int) and isinstance(view.column, int) and isinstance(view.label, str)):
        raise TypeError("a hint has a line, a column and a label")
    return view
