"""jedi for what it is good at: the user's own names, imports across the workspace and the environment,
and the types of values the shape engine does not know.

jedi is slow on torch (its first inference of a torch name takes seconds), so it never runs on the event
loop: every question runs in one worker thread of its own, answers are cached per document version, and
a request waits at most its budget. Past the budget the request answers without jedi while the work
finishes in the background, so the next request for the same version answers from the cache.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from pygls.uris import to_fs_path

from ..analysis.cursor import dotted_at
from ..torch_names import resolve_object
from .context import Place
from .torch_index import NAMESPACES

_T = TypeVar("_T")
RECEIVER_BUDGET_S = 0.3
_MAX_ANSWERS = 512
_MAX_SCRIPTS = 4
_INSTANCE, _CLASS, _FUNCTION = "instance", "class", "function"


@dataclass(frozen=True)
class Source:
    """A document as jedi reads it: the analysed unit's text, its file path and its version."""

    key: str
    text: str
    path: str | None
    version: tuple


@dataclass(frozen=True)
class Found:
    """A definition jedi found: a file (None: the document asked about), 0-based line and column, its kind
    and qualified name."""

    path: str | None
    line: int
    column: int
    kind: str
    full_name: str | None = None


class JediNames:
    """One jedi project on the workspace root; questions about documents answered in a worker thread."""

    def __init__(self, root: Callable[[], str | None]) -> None:
        self._root = root
        self._project: Any = None
        self._environment: Any = None
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="jedi")
        self._lock = threading.Lock()
        self._scripts: OrderedDict[str, tuple[tuple, Any]] = OrderedDict()
        self._versions: dict[str, tuple] = {}
        self._answers: OrderedDict[tuple, concurrent.futures.Future] = OrderedDict()

    async def ask(
        self, source: Source, name: str, question: Callable[[Any], _T], budget_s: float, *where: int
    ) -> _T | None:
        """The answer of `question(script)` for this version of `source`, or None when it takes longer than
        `budget_s` (it keeps running, and its answer is cached) or jedi fails."""
        self._versions[source.key] = source.version
        key = (source.key, source.version, name, *where)
        with self._lock:
            future = self._answers.get(key)
            if future is None:
                future = self._executor.submit(self._answer, source, question)
                self._answers[key] = future
                while len(self._answers) > _MAX_ANSWERS:
                    self._answers.popitem(last=False)
            else:
                self._answers.move_to_end(key)
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), budget_s)
        except TimeoutError:
            return None

    def definitions(self, source: Source, line: int, column: int) -> Callable[[Any], list[Found]]:
        """A question: where the name at (0-based line, column) is defined, imports followed."""

        def question(script: Any) -> list[Found]:
            names = script.goto(line + 1, column, follow_imports=True) or script.infer(line + 1, column)
            return [_found(name, source.path) for name in names if _located(name)]

        return question

    def type_of(self, line: int, column: int) -> Callable[[Any], str | None]:
        """A question: the qualified class name of the value of the expression ending at (line, column)."""

        def question(script: Any) -> str | None:
            types = {name.full_name for name in script.infer(line + 1, column) if name.type == _INSTANCE}
            return types.pop() if len(types) == 1 else None

        return question

    def callee(self, source: Source, line: int, column: int) -> Callable[[Any], Found | None]:
        """A question: the function or class called by the name at (line, column); for an instance (kind
        'instance'), the place of its class."""

        def question(script: Any) -> Found | None:
            names = [n for n in script.infer(line + 1, column) if n.type in (_INSTANCE, _CLASS, _FUNCTION)]
            return _found(names[0], source.path) if len(names) == 1 and _located(names[0]) else None

        return question

    def _answer(self, source: Source, question: Callable[[Any], _T]) -> _T | None:
        if self._versions.get(source.key) != source.version:
            return None  # the document changed while this question waited
        try:
            return question(self._script(source))
        except Exception:  # noqa: BLE001 -- jedi fails on some code; a feature then answers without it
            return None

    def _script(self, source: Source) -> Any:
        import jedi

        if self._project is None:
            self._environment = jedi.InterpreterEnvironment()  # torch is already imported here: no subprocess
            self._project = jedi.Project(self._root() or ".", sys_path=list(sys.path))
        cached = self._scripts.get(source.key)
        if cached is not None and cached[0] == source.version:
            self._scripts.move_to_end(source.key)
            return cached[1]
        script = jedi.Script(source.text, path=source.path, project=self._project, environment=self._environment)
        self._scripts[source.key] = (source.version, script)
        self._scripts.move_to_end(source.key)
        while len(self._scripts) > _MAX_SCRIPTS:  # each holds its inference state: keep the recent documents'
            self._scripts.popitem(last=False)
        return script


async def receiver_type(
    names: JediNames, place: Place, torch: ModuleType | None, budget_s: float = RECEIVER_BUDGET_S
) -> str | None:
    """The qualified class of the receiver of the method under the cursor (`optimizer` in
    `optimizer.zero_grad()`), or of the plain name under the cursor, as jedi infers it from annotations,
    defaults and assignments; torch classes by their public name (`torch.optim.Optimizer`). None when
    jedi does not know, or does not answer within `budget_s` seconds."""
    text = place.lines[place.line].rstrip("\r\n")
    found = dotted_at(text, place.character)
    if found is None:
        return None
    parts, start, end = found
    column = start
    if len(parts) > 1:
        dot = text.rfind(".", start, end - len(parts[-1]))
        column = len(text[:dot].rstrip()) - 1  # the receiver's last character
    return await type_at(names, place, column, torch, budget_s)


async def type_at(
    names: JediNames, place: Place, column: int, torch: ModuleType | None, budget_s: float = RECEIVER_BUDGET_S
) -> str | None:
    """The qualified class of the value of the expression whose last character is at `column` of the
    cursor's line (see `receiver_type`)."""
    source = source_of(place.unit.key, place.unit.source, place.unit.version)
    line = place.unit_line
    full_name = await names.ask(source, "type", names.type_of(line, column), budget_s, line, column)
    return public_name(torch, full_name) if full_name is not None else None


def public_name(torch: ModuleType | None, full_name: str) -> str:
    """The name a torch class is exported under (`torch.optim.optimizer.Optimizer` -> `torch.optim.Optimizer`)."""
    if torch is None or not full_name.startswith("torch."):
        return full_name
    module_name, _, short = full_name.rpartition(".")
    obj = getattr(sys.modules.get(module_name), short, None)  # torch.optim hides its `optimizer` submodule
    for namespace in NAMESPACES:
        module = resolve_object(torch, namespace) if namespace != "torch" else torch
        if obj is not None and getattr(module, short, None) is obj:
            return f"{namespace}.{short}"
    return full_name


def source_of(key: str, text: str, version: tuple) -> Source:
    """The jedi view of a unit: its key (a URI), text and version."""
    path = to_fs_path(key) if key.startswith("file:") else None
    return Source(key, text, path, version)


def _located(name: Any) -> bool:
    return name.line is not None and not name.in_builtin_module()


def _found(name: Any, own_path: str | None) -> Found:
    path = str(name.module_path) if name.module_path is not None else None
    return Found(None if path == own_path else path, name.line - 1, name.column, name.type, name.full_name)
