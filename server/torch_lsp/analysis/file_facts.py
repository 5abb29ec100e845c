"""What interpreting any line of a file may depend on in the whole file: the attribute names its code may set (see
attribute_stores) and, in a script, the names it binds (see raising_branches). They are read statement by
statement, and a top-level statement's are kept by its text: an edit re-reads only the statements it changed.
A checkpoint holds only while the file's facts are unchanged."""

from __future__ import annotations

import ast
from typing import NamedTuple

from .attribute_stores import Stores, stores_among
from .raising_branches import bound_names
from .source import first_line

_KEPT = 8192  # statements whose facts are kept (the oldest half is dropped past it)


class FileFacts(NamedTuple):
    """A file's attribute stores, and the names it binds (None: not a script, or one that may define names at run
    time)."""

    stores: Stores
    bound: frozenset[str] | None


_statements: dict[tuple[str, int, int, int], FileFacts] = {}


def file_facts(tree: ast.Module, lines: list[str], script: bool) -> FileFacts:
    """The facts of a parsed file (`lines` its text); `script` when it is run as a program (not a notebook, not
    imported)."""
    attributes: set[str] | None = set()
    buffers: set[str] | None = set()
    after_init: set[str] | None = set()
    unreceived: set[str] | None = set()
    names: set[str] | None = set()
    for statement in tree.body:
        part = _statement_facts(statement, lines)
        attributes = _added(attributes, part.stores.attributes)
        buffers = _added(buffers, part.stores.buffers)
        after_init = _added(after_init, part.stores.after_init)
        unreceived = _added(unreceived, part.stores.unreceived)
        names = _added(names, part.bound)
    found = Stores(*(frozenset(s) if s is not None else None for s in (attributes, buffers, after_init, unreceived)))
    return FileFacts(found, frozenset(names) if script and names is not None else None)


def _added(found: set[str] | None, more: frozenset[str] | None) -> set[str] | None:
    """`found` with `more` added (None, any name, absorbs)."""
    if found is None or more is None:
        return None
    found.update(more)
    return found


def _statement_facts(statement: ast.stmt, lines: list[str]) -> FileFacts:
    start = first_line(statement)
    end = statement.end_lineno if statement.end_lineno is not None else start + 1
    key = (
        "\n".join(lines[start:end]),
        statement.lineno - 1 - start,
        statement.col_offset,
        statement.end_col_offset or 0,
    )
    if key not in _statements:
        if len(_statements) >= _KEPT:
            for old in list(_statements)[: _KEPT // 2]:
                del _statements[old]
        nodes = list(ast.walk(statement))
        _statements[key] = FileFacts(stores_among(nodes), bound_names(nodes))
    return _statements[key]
