"""Where an edited file's interpretation may resume: the interpreter's state just before a top-level statement (a
notebook cell's first one, or one every few dozen lines of a file), kept while the text before it and the
file's facts are unchanged. A state is kept only when later code cannot change it (see state_copies) and no
symbolic size exists yet: torch's shape environment keeps what later ops decided, and cannot be taken back."""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field
from typing import Any

from .attribute_stores import Stores
from .file_facts import FileFacts
from .source import first_line
from .values import Literal

MAX_CHECKPOINTS = 16  # per file: each copies the state, so a file's cost stays bounded
MIN_SPACING = 20  # lines between two checkpoints of a file


@dataclass
class Checkpoint:
    """The interpreter's state before line `line` (its module scope, whose variables a resumed run fills again
    from a copy, and the records made so far)."""

    line: int
    prefix_hash: str
    facts: FileFacts
    module: Any  # interpreter.Scope
    variables: dict[str, Any]
    saved: dict[str, Any]
    added_to_torch: dict[str, Any]
    defaults: dict[tuple[int, int], Any]  # see function_defaults
    stores: Stores
    unknown_floats: set[int]
    mode_changed: dict[int, Any]  # see layer_modes
    valid: tuple[Literal, ...]  # tensor contents valid here
    bindings: dict
    members: dict
    issues: dict
    functions: list
    called: set[int]
    escaped: dict[int, int]
    default_dtype: Any  # torch's default floating dtype there (see default_dtypes)
    earlier: list[Checkpoint] = field(default_factory=list)

    def holds_for(self, lines: list[str], starts: set[int], facts: FileFacts) -> bool:
        """Whether another version of the file (its `lines`, the first lines of its top-level statements, its
        facts) may resume here: the same text before the line, a statement starting on it, the same facts."""
        return (
            self.line in starts
            and self.line <= len(lines)
            and prefix_hash(lines, self.line) == self.prefix_hash
            and self.facts == facts
        )


def prefix_hash(lines: list[str], line: int) -> str:
    """A digest of the text before `line`."""
    return hashlib.blake2b("\n".join(lines[:line]).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def statement_lines(body: list[ast.stmt], line_count: int) -> list[int]:
    """The lines of a file's checkpoints: top-level statements' first lines, spread over the file."""
    spacing = max(MIN_SPACING, line_count // MAX_CHECKPOINTS)
    chosen: list[int] = []
    for statement in body:
        line = first_line(statement)
        if line >= (chosen[-1] if chosen else 0) + spacing:
            chosen.append(line)
    return chosen
