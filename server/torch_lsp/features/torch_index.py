"""What torch says about its own APIs: namespace members (names, kinds, short signatures) and parameters.

Everything comes from live introspection of the installed torch (and torchvision, when present):
`dir()` of a module or class, `inspect.signature`, and for torch's C functions the signature lines
of their docstrings (`sum(input, dim, keepdim=False, *, dtype=None) -> Tensor`, one per overload).
The members of the common namespaces are built once in a background thread and cached on disk,
keyed by the torch and torchvision versions, so completion answers from memory.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..analysis.lexer import bracketed, split_top_level
from ..cache import default_cache_dir, read_json, write_json
from ..torch_names import resolve_object

MODULE, CLASS, FUNCTION, METHOD, PROPERTY, CONSTANT = "module", "class", "function", "method", "property", "constant"
NAMESPACES = (
    "torch",
    "torch.nn",
    "torch.nn.functional",
    "torch.optim",
    "torch.optim.lr_scheduler",
    "torch.utils.data",
    "torch.Tensor",
    "torchvision.transforms",
)
_FORMAT = 2
_ROOTS = ("torch", "torchvision")
_NOISE = frozenset({"TYPE_CHECKING"})
_TYPING = frozenset({"typing", "typing_extensions"})
_MAX_DETAIL = 72
_PARAM = re.compile(r"^(\w+)\s*(?::\s*(.+?))?\s*(?:=\s*(.+))?$", re.DOTALL)
_SIGNATURE_LINE = re.compile(r"^(?:\.\. (?:function|method):: )?(?:[\w.]+\.)?(\w+)\(")
_LITERAL = re.compile(r"Literal\[")
_UNSAFE = re.compile(r"[^\w.+-]")


@dataclass(frozen=True)
class Member:
    """One public member of a namespace: its name, kind and a short signature (or type) for the detail."""

    name: str
    kind: str
    detail: str | None = None


@dataclass(frozen=True)
class ParamInfo:
    """One parameter of a signature: default and annotation as source text."""

    name: str
    default: str | None = None
    annotation: str | None = None
    positional: bool = True
    keyword: bool = True
    variadic: bool = False


Overloads = tuple[tuple[ParamInfo, ...], ...]


def resolve(torch: ModuleType, qualname: str) -> Any:
    """The object behind a torch name, or a torchvision one once torchvision is imported; None if absent."""
    if qualname.split(".", maxsplit=1)[0] != "torchvision":
        return resolve_object(torch, qualname)
    module = sys.modules.get(qualname)
    if module is not None:
        return module
    parent, _, name = qualname.rpartition(".")
    owner = sys.modules.get(parent)
    return None if owner is None or name.startswith("_") else getattr(owner, name, None)


def parameter_lists(qualname: str, obj: Any) -> Overloads:
    """The parameter lists of a callable: its real signature, else every signature line of its docstring."""
    try:
        signature = inspect.signature(obj)
        if str(signature) != "(*args, **kwargs)":
            params = [_from_parameter(p) for p in signature.parameters.values()]
            return (tuple(params[1:] if params and params[0].name in ("self", "cls") else params),)
    except Exception:  # noqa: BLE001 torch's C functions and odd descriptors raise various errors here
        pass
    short = qualname.rsplit(".", 1)[-1]
    found = []
    for line in (inspect.getdoc(obj) or "").splitlines():
        match = _SIGNATURE_LINE.match(line.strip())
        inner = bracketed(line.strip(), match.end() - 1) if match and match.group(1) == short else None
        if inner is not None:
            found.append(parse_params(inner))
    return tuple(found)


def parse_params(text: str) -> tuple[ParamInfo, ...]:
    """Parse a parameter list as written in a signature line (`a, b=0, *, out=None`), leniently."""
    params: list[ParamInfo] = []
    keyword_only = False
    for piece in split_top_level(text):
        if piece in ("*", "/"):
            keyword_only = keyword_only or piece == "*"
            if piece == "/":
                params = [ParamInfo(p.name, p.default, p.annotation, True, False) for p in params]
            continue
        stars = len(piece) - len(piece.lstrip("*"))
        match = _PARAM.match(piece.lstrip("*"))
        if match is None:
            continue
        name, annotation, default = match.groups()
        if stars:
            params.append(ParamInfo(name, None, annotation, stars == 1, False, True))
            keyword_only = True
        else:
            params.append(ParamInfo(name, default, annotation, not keyword_only, True))
    return tuple(params)


def literal_choices(annotation: str | None) -> tuple[str, ...]:
    """The values of a `Literal['a', 'b']` annotation, as source text."""
    match = _LITERAL.search(annotation or "")
    inner = bracketed(annotation, match.end() - 1) if annotation and match else None
    return tuple(split_top_level(inner)) if inner else ()


def short_signature(name: str, params: tuple[ParamInfo, ...]) -> str:
    """`cat(tensors, dim=0, *, out=None)`: names and defaults only, cut to fit a completion detail."""
    parts: list[str] = []
    star_written = False
    for param in params:
        if param.name.startswith("_"):
            continue
        if param.variadic:
            parts.append(("*" if param.positional else "**") + param.name)
            star_written = True
            continue
        if not param.positional and not star_written:
            parts.append("*")
            star_written = True
        parts.append(param.name + (f"={param.default}" if param.default is not None else ""))
    text = f"{name}({', '.join(parts)})"
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 2] + "…)"


def introspect(torch: ModuleType, qualname: str) -> tuple[Member, ...] | None:
    """The public members of a module or class, from the live object; None if it is neither."""
    owner = resolve(torch, qualname)
    if not (inspect.ismodule(owner) or inspect.isclass(owner)):
        return None
    members = []
    for name in sorted(dir(owner)):
        if name.startswith("_") or name in _NOISE:
            continue
        value = resolve(torch, f"{qualname}.{name}")
        kind = member_kind(value, inspect.isclass(owner))
        if kind is not None:
            members.append(Member(name, kind, _detail(f"{qualname}.{name}", value, kind)))
    return tuple(members)


def member_kind(value: Any, in_class: bool) -> str | None:
    """The completion kind of a member; None for another library's module, class or function re-exported."""
    if inspect.ismodule(value):
        return MODULE if value.__name__.split(".")[0] in _ROOTS else None
    if type(value).__module__ in _TYPING:
        return None
    if in_class and inspect.isdatadescriptor(value):
        return PROPERTY
    module = getattr(value, "__module__", None)
    if (
        (inspect.isclass(value) or inspect.isroutine(value))
        and isinstance(module, str)
        and module.split(".")[0] not in _ROOTS
    ):
        return None
    if inspect.isclass(value):
        return CLASS
    if callable(value):
        return METHOD if in_class else FUNCTION
    return CONSTANT


def _detail(qualname: str, value: Any, kind: str) -> str | None:
    if kind in (FUNCTION, METHOD, CLASS):
        found = parameter_lists(qualname, value)
        return short_signature(qualname.rsplit(".", 1)[-1], found[0]) if found else None
    if kind == CONSTANT:
        return type(value).__name__
    return None


def _from_parameter(parameter: inspect.Parameter) -> ParamInfo:
    kind = parameter.kind
    default = None if parameter.default is inspect.Parameter.empty else repr(parameter.default)
    annotation = None
    if parameter.annotation is not inspect.Parameter.empty:
        annotation = (
            parameter.annotation
            if isinstance(parameter.annotation, str)
            else inspect.formatannotation(parameter.annotation)
        )
    variadic = kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    positional = kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.VAR_POSITIONAL,
    )
    keyword = kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return ParamInfo(parameter.name, default, annotation, positional, keyword, variadic)


class NamespaceIndex:
    """Members of torch namespaces, from memory, the disk cache, or live introspection."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self._members: dict[str, tuple[Member, ...]] = {}
        self._parameters: dict[str, Overloads] = {}
        self._started = False
        self._lock = threading.Lock()

    def members(self, torch: ModuleType, qualname: str) -> tuple[Member, ...] | None:
        """The public members of namespace `qualname` (module or class); None if it is neither."""
        found = self._members.get(qualname)
        if found is None:
            found = introspect(torch, qualname)
            if found is not None:
                self._members[qualname] = found
        return found

    def overloads(self, qualname: str, obj: Any) -> Overloads:
        """The parameter lists of callable `qualname` (see `parameter_lists`), memoized."""
        found = self._parameters.get(qualname)
        if found is None:
            found = self._parameters[qualname] = parameter_lists(qualname, obj)
        return found

    def warm(self, load_torch: Callable[[], ModuleType | None]) -> None:
        """Build (or load from disk) the common namespaces once, in a daemon thread."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._build, args=(load_torch,), name="completion-index", daemon=True).start()

    def cache_path(self, torch: ModuleType) -> Path:
        """The cache file for this torch (and torchvision) version."""
        vision = sys.modules.get("torchvision")
        key = _UNSAFE.sub("_", f"{torch.__version__}-tv{getattr(vision, '__version__', 'none')}-v{_FORMAT}")
        return self.cache_dir / f"completion-index-{key}.json"

    def _build(self, load_torch: Callable[[], ModuleType | None]) -> None:
        torch = load_torch()
        if torch is None:
            return
        if importlib.util.find_spec("torchvision") is not None:
            try:
                importlib.import_module("torchvision.transforms")
            except Exception:  # noqa: BLE001 a broken torchvision install must not stop completion
                pass
        path = self.cache_path(torch)
        cached = _read(path)
        if cached is not None:
            self._members.update(cached)
        else:
            built = {name: found for name in NAMESPACES if (found := introspect(torch, name)) is not None}
            self._members.update(built)
            _write(path, built)


def _read(path: Path) -> dict[str, tuple[Member, ...]] | None:
    data = read_json(path)
    try:
        return {name: tuple(Member(*row) for row in rows) for name, rows in data.items()}
    except (ValueError, TypeError, AttributeError):
        return None


def _write(path: Path, members: dict[str, tuple[Member, ...]]) -> None:
    write_json(path, {name: [[m.name, m.kind, m.detail] for m in rows] for name, rows in members.items()})


INDEX = NamespaceIndex(default_cache_dir())
