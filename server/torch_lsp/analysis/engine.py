"""Analyse one unit of source: parse tolerantly, interpret, and package the results for the features."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from . import work_clock
from .checkpoints import Checkpoint
from .cut_short import sound_bindings
from .default_runs import with_errors_at_defaults
from .file_facts import FileFacts, file_facts
from .interpreter import Binding, Interpreter, Issue, Member
from .module_loader import ModuleLoader, Project
from .op_cache import OpCache
from .probes import OpRunner
from .reaching import Spans, block_spans, reaching
from .reasons import Reason
from .source import ParsedSource, first_line, parse_tolerant
from .symbols import FIRST_HINT, Symbols
from .values import UNKNOWN, Const, TensorValue, Value

OP_CACHE = OpCache()
_MAX_REASON_CHAIN = 8


@dataclass
class Analysis:
    """Everything the features need to know about one unit of source."""

    bindings: list[Binding]
    issues: list[Issue]
    symbols: Symbols
    completed: bool
    duration_s: float
    line_count: int = 0
    checkpoints: list[Checkpoint] = field(default_factory=list)
    resumed_from: int | None = None
    sources: dict[str, str] = field(default_factory=dict)  # the other files it read (imports, importers)
    internal_errors: int = 0
    first_internal_error: str | None = None  # its traceback
    members: dict[tuple[int, int], Member] = field(default_factory=dict)
    reasons: dict[int, Reason] = field(default_factory=dict)
    blocks: dict[int, Spans] = field(default_factory=dict)  # line -> the statement lists around it (see reaching)
    _by_name: dict[str, list[Binding]] = field(default_factory=dict)
    _hints: list[Binding] = field(default_factory=list)
    _hint_sites: dict[tuple[int, int], Binding] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.bindings.sort(key=lambda b: (b.line, b.column))
        for binding in self.bindings:
            self._by_name.setdefault(binding.name, []).append(binding)
        self._hints = [b for b in self.bindings if b.hint and isinstance(b.value, TensorValue)]
        self._hint_sites = {(b.line, b.column): b for b in self._hints}

    @property
    def deferred(self) -> bool:
        """Whether symbolic sizes were needed but not available: a later analysis will know more."""
        return self.symbols.refusals > 0

    def hints(self) -> list[Binding]:
        """Hint sites whose value is a tensor, in source order (computed once per analysis)."""
        return self._hints

    def hint_at(self, line: int, column: int) -> Binding | None:
        """The hint site ending at (line, column) of the unit, if any."""
        return self._hint_sites.get((line, column))

    def value_at(self, name: str, line: int) -> Value | None:
        """The value `name` holds at `line`: the binding that reaches it, innermost scope first (see reaching)."""
        binding = self._binding_at(name, line)
        return binding.value if binding is not None else None

    def _binding_at(self, name: str, line: int) -> Binding | None:
        visible = [b for b in self._by_name.get(name, []) if b.scope[0] <= line <= b.scope[1]]
        starts = [b.scope[0] for b in visible if b.line <= line]
        if not starts:
            return None
        in_scope = [b for b in visible if b.scope[0] == max(starts)]
        return reaching(in_scope, line, self.blocks, self._same_value)

    def _same_value(self, a: Binding, b: Binding) -> bool:
        """Whether two bindings claim the same: one object, tensors of one shape, dtype and device, or equal
        constants."""
        x, y = a.value, b.value
        if x is y:
            return True
        if isinstance(x, TensorValue) and isinstance(y, TensorValue):
            same_kind = x.probe.dtype == y.probe.dtype and x.device == y.device and not x.dtypes and not y.dtypes
            return same_kind and self.shape_text(x) == self.shape_text(y)
        return isinstance(x, Const) and isinstance(y, Const) and type(x.value) is type(y.value) and x.value == y.value

    def why_unknown(self, name: str, line: int) -> Reason | None:
        """Why `name` has no value at `line`: the first argument the engine could not evaluate on the way."""
        binding = self._binding_at(name, line)
        found = None
        for _ in range(_MAX_REASON_CHAIN):
            if binding is None or binding.value is not UNKNOWN or binding.line not in self.reasons:
                return found
            found = self.reasons[binding.line]
            if found.name is None:
                return found
            binding = self._binding_at(found.name, found.line - 1)
        return found

    def member_at(self, line: int, column: int) -> Member | None:
        """The receiver and call result of the attribute ending at (line, column) of the unit, if evaluated."""
        return self.members.get((line, column))

    def shape_text(self, value: TensorValue) -> str:
        """`[64, 1, 28, 28]` for a tensor value."""
        return self.symbols.render_shape(value.shape)


def analyse(
    source: str,
    torch: ModuleType,
    device: str | None,
    max_elements: int,
    budget_s: float,
    cancelled: Callable[[], bool] = lambda: False,
    cell_lines: tuple[int, ...] = (),
    previous: Analysis | None = None,
    symbolic: bool = True,
    project: Project | None = None,
    path: str | None = None,
    first_hint: int = FIRST_HINT,
) -> Analysis:
    """Interpret `source` within `budget_s` seconds, running probes on `device` (None: meta only).

    For notebooks, `cell_lines` are the cells' first lines and `previous` the last analysis of the same
    notebook: interpretation resumes at the first cell whose preceding text changed. With `symbolic`
    False, values that need symbolic sizes stay unknown (see Symbols); `first_hint` is the first symbol's
    probe value, which no result may depend on. With a `project`, the workspace modules `source` (the file
    at `path`) imports are interpreted too, and so are the files importing it.
    """
    start, worked = time.perf_counter(), work_clock.now()
    loader = ModuleLoader(project, path) if project is not None else None
    if previous is not None and loader is not None and not loader.unchanged(previous.sources):
        previous = None
    parsed = parse_tolerant(source, cell_lines or (0,))
    facts = file_facts(
        parsed.tree, parsed.lines, script=not cell_lines and not (loader is not None and loader.drivers())
    )
    resume = _resume_point(previous, parsed, cell_lines, symbolic, facts)
    symbols = Symbols(available=symbolic, first_hint=first_hint)

    def interpret(argv: Value, symbols: Symbols, loader: ModuleLoader | None) -> Interpreter:
        runner = OpRunner(symbols, device, max_elements, OP_CACHE)
        interpreter = Interpreter(parsed.tree, parsed.lines, runner, torch, worked + budget_s, cancelled, facts)
        interpreter.modules, interpreter.argv, interpreter.speculate = loader, argv, argv is UNKNOWN
        interpreter.run(cell_lines, resume)
        return interpreter

    interpreter = interpret(UNKNOWN, symbols, loader)
    for index, checkpoint in enumerate(interpreter.checkpoints):
        checkpoint.earlier = interpreter.checkpoints[:index]
    issues = list(interpreter.issues.values())
    if interpreter.command_line_defaults and not cell_lines and not cancelled():
        issues = with_errors_at_defaults(
            lambda argv: interpret(
                argv,
                Symbols(available=symbolic, first_hint=first_hint),
                ModuleLoader(project, path) if project is not None else None,
            ),
            interpreter.command_line_defaults,
            issues,
        )
    return Analysis(
        sound_bindings(
            parsed.tree,
            list(interpreter.bindings.values()),
            interpreter.stopped_at,
            interpreter.cut_calls,
            len(parsed.lines),
        ),
        issues,
        symbols,
        interpreter.completed,
        time.perf_counter() - start,
        len(parsed.lines),
        interpreter.checkpoints,
        resume.line if resume is not None else None,
        loader.sources if loader is not None else {},
        interpreter.internal_errors.count,
        interpreter.internal_errors.first,
        interpreter.members,
        {
            **({k: r for k, r in previous.reasons.items() if k < resume.line} if previous and resume else {}),
            **interpreter.calls.reasons,
        },
        block_spans(parsed.tree, len(parsed.lines)),
    )


def _resume_point(
    previous: Analysis | None, parsed: ParsedSource, cell_lines: tuple[int, ...], symbolic: bool, facts: FileFacts
) -> Checkpoint | None:
    """The last checkpoint of the previous analysis this version of the file may resume at (see checkpoints)."""
    if previous is None or not previous.completed or previous.symbols.available != symbolic:
        return None
    starts = set(cell_lines) if cell_lines else {first_line(statement) for statement in parsed.tree.body}
    valid = [c for c in previous.checkpoints if c.holds_for(parsed.lines, starts, facts)]
    return max(valid, key=lambda c: c.line) if valid else None
