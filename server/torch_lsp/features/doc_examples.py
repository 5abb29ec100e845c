"""The example of a torch docstring, interpreted by the shape engine and checked against its printed output.

The docstring's `>>>` lines are never executed: they are analysed as a program by the abstract interpreter,
which runs only allow-listed torch operations on tensors it created itself, within its usual budget. Each
statement followed by printed output (`tensor([...])`, `torch.Size([...])`, a number) is compared with the
value the analysis computed: exactly (to the printed precision) where the contents are known and the
example draws no random numbers, else by shape.
"""

from __future__ import annotations

import ast
import inspect
import math
import re
import threading
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..analysis.engine import analyse
from ..analysis.source import parse_module
from ..analysis.values import Const, Sequence, TensorValue
from ..torch_names import resolve_object

_PRELUDE = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
_RANDOM = re.compile(r"\b(rand\w*|normal_?|uniform_?|empty\w*|dropout\w*|bernoulli_?|multinomial|exponential_)\b")
_TENSOR_REPR = re.compile(
    r"^tensor\((?P<data>.*?)(?:,\s*(?P<rest>(?:dtype|device|requires_grad|grad_fn)=.*))?\)$", re.S
)
_SIZE_REPR = re.compile(r"^torch\.Size\(\[(?P<dims>[\d,\s]*)\]\)$")
_MAX_STATEMENTS = 24
_BUDGET_S = 0.5
_MAX_OUTPUT_CHARS = 48


@dataclass(frozen=True)
class DocExample:
    """A docstring example, its analysed results, and whether they match what the docstring prints."""

    code: str
    compared: int  # outputs compared with the docstring's printed ones
    verified: bool  # at least one compared and all of them matched
    by_shape: bool  # some outputs could only be compared by shape (random or unknown contents)
    device: str


@dataclass(frozen=True)
class Step:
    """One `>>>` statement (with its `...` continuations) and the output printed after it."""

    statement: str
    output: str | None


_cache: dict[tuple[str, str], DocExample | None] = {}
_lock = threading.Lock()


def cached_doc_example(qualname: str, device: str) -> tuple[bool, DocExample | None]:
    """(whether it was computed, the example) for `qualname` on `device`, without computing anything."""
    with _lock:
        key = (qualname, device)
        return (key in _cache, _cache.get(key))


def doc_example(qualname: str, torch: ModuleType, device: str, max_elements: int) -> DocExample | None:
    """The checked example of `qualname`'s docstring (cached per API and device), or None if it has none."""
    known, example = cached_doc_example(qualname, device)
    if known:
        return example
    example, complete = _check(docstring_steps(qualname, torch), torch, device, max_elements)
    if complete:  # an analysis cut short by its budget is tried again on the next hover
        with _lock:
            _cache[(qualname, device)] = example
    return example


def docstring_steps(qualname: str, torch: ModuleType) -> list[Step]:
    """The `>>>` steps of `qualname`'s docstring; a Tensor method without any uses its function form's when
    its docstring points to it ("See :func:`torch.abs`")."""
    steps = example_steps(_doc(torch, qualname))
    function = "torch." + qualname.removeprefix("torch.Tensor.")
    if not steps and qualname.startswith("torch.Tensor.") and f"`{function}`" in _doc(torch, qualname):
        steps = example_steps(_doc(torch, function))
    return steps


def _doc(torch: ModuleType, qualname: str) -> str:
    obj = resolve_object(torch, qualname)
    return (inspect.getdoc(obj) or "") if obj is not None else ""


def example_steps(doc: str) -> list[Step]:
    """The `>>>` statements of a docstring with the output printed after each (continuations joined)."""
    steps: list[Step] = []
    statement: list[str] | None = None
    output: list[str] = []

    def close() -> None:
        if statement is not None:
            steps.append(Step("\n".join(statement), "\n".join(output).strip() or None))

    for raw in doc.splitlines():
        line = raw.strip()
        if line.startswith(">>>"):
            close()
            statement, output = [raw.split(">>>", 1)[1].removeprefix(" ")], []
        elif line.startswith("...") and statement is not None and not output:
            statement.append(raw.split("...", 1)[1].removeprefix(" "))
        elif statement is not None and line:
            output.append(line)
        elif statement is not None:
            close()
            statement, output = None, []
    close()
    return steps[:_MAX_STATEMENTS]


def _check(steps: list[Step], torch: ModuleType, device: str, max_elements: int) -> tuple[DocExample | None, bool]:
    """The checked example and whether its analysis ran to the end."""
    if not steps:
        return None, True
    lines: list[str] = []
    outputs: dict[str, str] = {}
    for number, step in enumerate(steps):
        try:
            tree = parse_module(step.statement)
        except SyntaxError:
            return None, True
        if step.output is not None and len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
            expression = _unprinted(tree.body[0].value)
            name = f"_out{number}"
            outputs[name] = step.output
            lines.append(f"{name} = {ast.unparse(expression)}")
        else:
            lines.append(step.statement)
    if not outputs:
        return None, True
    source = _PRELUDE + "\n".join(lines) + "\n"
    analysis = analyse(source, torch, device, max_elements, _BUDGET_S, symbolic=False)
    random = bool(_RANDOM.search(source))
    end = source.count("\n")
    results = [matches_printed(analysis.value_at(name, end), printed, random) for name, printed in outputs.items()]
    compared = [r for r in results if r is not None]
    code = "\n".join(_with_output(step) for step in steps)
    verified = bool(compared) and all(ok for ok, _ in compared)
    by_shape = any(by_shape for _, by_shape in compared)
    return DocExample(code, len(compared), verified, by_shape, device), analysis.completed


def _with_output(step: Step) -> str:
    """The statement, with its printed output as a comment when that fits on the line."""
    if step.output is None or "\n" in step.output or len(step.output) > _MAX_OUTPUT_CHARS:
        return step.statement
    return f"{step.statement}  # → {step.output}"


def _unprinted(expression: ast.expr) -> ast.expr:
    """`x` for `print(x)`."""
    if (
        isinstance(expression, ast.Call)
        and isinstance(expression.func, ast.Name)
        and expression.func.id == "print"
        and len(expression.args) == 1
        and not expression.keywords
    ):
        return expression.args[0]
    return expression


def matches_printed(value: Any, printed: str, random: bool) -> tuple[bool, bool] | None:
    """(whether `value` matches the printed output, whether only by shape); None when it cannot be compared."""
    size = _SIZE_REPR.match(printed)
    if size is not None:
        dims = [int(d) for d in size.group("dims").replace(" ", "").split(",") if d]
        found = _int_items(value)
        return (found == dims, False) if found is not None else None
    tensor = _TENSOR_REPR.match(printed)
    if tensor is not None and isinstance(value, TensorValue):
        data = _literal(tensor.group("data"))
        if data is None:
            return None
        if list(value.probe.shape) != _shape_of(data):
            return (False, False)
        contents = _contents(value)
        if random or contents is None:
            return (True, True)
        return (_close(contents.tolist(), data), False)
    number = _literal(printed)
    if isinstance(number, (int, float, bool)) and isinstance(value, Const) and isinstance(value.value, (int, float)):
        return (_close(value.value, number), False)
    return None


def _int_items(value: Any) -> list[int] | None:
    if not isinstance(value, Sequence) or value.items is None:
        return None
    items = [item.value for item in value.items if isinstance(item, Const)]
    return items if len(items) == len(value.items) and all(isinstance(item, int) for item in items) else None


def _literal(text: str) -> Any:
    """A printed tensor's data or a number as Python values; None for summarised (`...`) or other output."""
    if "..." in text:
        return None
    cleaned = re.sub(r"(?<![\w.])-?inf\b", "1e999", re.sub(r"\bnan\b", "0.0", text.replace("\n", " ")))
    try:
        return ast.literal_eval(cleaned)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _shape_of(data: Any) -> list[int]:
    shape: list[int] = []
    while isinstance(data, (list, tuple)):
        shape.append(len(data))
        data = data[0] if data else None
    return shape


def _contents(value: TensorValue) -> Any:
    literal = next((literal for literal in value.literals if literal.owner is value), None)
    return literal.resolve() if literal is not None else None


def _close(found: Any, printed: Any) -> bool:
    """Equal up to the precision torch prints (four decimals)."""
    if isinstance(found, (list, tuple)) and isinstance(printed, (list, tuple)):
        return len(found) == len(printed) and all(_close(a, b) for a, b in zip(found, printed, strict=True))
    if isinstance(found, (int, float, bool)) and isinstance(printed, (int, float, bool)):
        if math.isinf(float(printed)) or math.isnan(float(found)):
            return float(found) == float(printed) or math.isnan(float(found))
        return math.isclose(float(found), float(printed), rel_tol=1e-3, abs_tol=1e-4)
    return False
