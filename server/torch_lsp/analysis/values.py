"""Abstract values: what the interpreter knows about each Python value without running user code."""

from __future__ import annotations

import ast
import itertools
import numbers
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from .interp_api import InterpreterApi
    from .symbols import Symbols


_RESOLVING = threading.RLock()  # computing derived contents, which may resolve their sources first


class Unknown:
    """A value the analysis knows nothing about."""

    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()


@dataclass(eq=False)
class Literal:
    """The exact contents of a tensor written as a literal (`torch.tensor([3, 1, 2, 3])`) or computed from
    such contents (`sources`): a small CPU tensor, valid while it and its sources are `intact`, that is,
    while nothing may have changed them in place. Derived contents are computed on first use (`compute`,
    which returns None when they turn out not to be exact); few are ever used."""

    data: Any
    owner: Any = None
    intact: bool = True
    sources: tuple[Literal, ...] = ()
    compute: Callable[[], Any] | None = None
    depth: int = 0  # the longest chain of sources below

    @property
    def valid(self) -> bool:
        """Whether the contents still hold."""
        return self.intact and all(source.valid for source in self.sources)

    def resolve(self) -> Any:
        """The contents (computed now if they were not yet); None when they are not known. Thread-safe: the event
        loop renders hints while the analysis thread keeps them on disk (see hint_snapshots)."""
        if not self.valid:
            return None
        if self.compute is not None:  # the sources are unchanged, so they give what they gave at creation
            with _RESOLVING:
                if self.compute is not None:  # another thread may have computed them meanwhile
                    self.data = self.compute()
                    self.intact = self.data is not None
                    self.compute = None
        return self.data


@dataclass(eq=False)
class IntFacts(Literal):
    """What is known of an integer tensor's values without knowing them (see int_facts): every element lies in
    [lower, upper] (`torch.randint`), or the one element of a 0-d tensor is `element`, an int expression over
    symbolic sizes. `data` stays None; valid like any Literal, while nothing may have changed it or its sources.
    With `base`, each element is the one at the same index of the tensor `base` describes plus `offset` (`start + n`);
    `reads` holds the ints read from this tensor at each index (the same index reads the same int)."""

    lower: Any = None
    upper: Any = None
    element: Any = None
    base: IntFacts | None = None
    offset: Any = 0
    reads: dict[Any, Any] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class TensorValue:
    """A tensor: a meta (or fake, when symbolic) probe carrying shape, dtype and strides.

    `literals` are the literal contents this tensor may share memory with (it was computed from them):
    an in-place change to it may change them too. `dtypes`, when set, are the floating dtypes the tensor may have
    (paths that converted it differently merged): the probe has one of them, and nothing may read it as the dtype.
    """

    probe: Any
    device: str = "cpu"
    origin: tuple[str, ...] = ()
    checked_on: str | None = None
    defined_at: int | None = None
    literals: tuple[Literal, ...] = ()
    dtypes: frozenset[Any] | None = None

    @property
    def contents_literal(self) -> Literal | None:
        """This tensor's own exact contents, when known and nothing has changed them."""
        return next(
            (lit for lit in self.literals if lit.owner is self and lit.valid and not isinstance(lit, IntFacts)), None
        )

    @property
    def int_facts(self) -> IntFacts | None:
        """What is known of this integer tensor's values, when nothing has changed them since."""
        return next(
            (lit for lit in self.literals if lit.owner is self and lit.valid and isinstance(lit, IntFacts)), None
        )

    @property
    def contents(self) -> Any:
        """The exact contents as a small CPU tensor, when known and nothing has changed them; else None."""
        literal = self.contents_literal
        return literal.resolve() if literal is not None else None

    @property
    def shape(self) -> tuple[Any, ...]:
        """The probe's sizes: ints, or torch.SymInt for symbolic dims."""
        return tuple(self.probe.shape)

    @property
    def dtype_name(self) -> str:
        """`float32`, `int64`, ...; `?` when the dtype is not known."""
        return "?" if self.dtypes else str(self.probe.dtype).removeprefix("torch.")

    @property
    def possible_dtypes(self) -> frozenset[Any]:
        """The dtypes this tensor may have."""
        return self.dtypes or frozenset((self.probe.dtype,))

    def owning(self, literal: Literal, replacing: Literal | None = None) -> TensorValue:
        """This tensor with `literal` as contents (or facts) of its own, in place of `replacing`."""
        kept = tuple(lit for lit in self.literals if lit is not replacing)
        owned = TensorValue(
            self.probe, self.device, self.origin, self.checked_on, self.defined_at, (*kept, literal), self.dtypes
        )
        literal.owner = owned
        return owned

    def derive(
        self,
        probe: Any,
        op: str,
        checked_on: str | None = None,
        device: str | None = None,
        defined_at: int | None = None,
    ) -> TensorValue:
        """A new tensor value produced from this one by `op` (its dtype not known either when this one's is not, and
        `probe` has the same dtype)."""
        return TensorValue(
            probe,
            device or self.device,
            (*self.origin[-3:], op),
            checked_on,
            defined_at if defined_at is not None else self.defined_at,
            self.literals,
            self.dtypes if probe.dtype == self.probe.dtype else None,
        )


def tensors_in(values: list[Value]) -> list[TensorValue]:
    """The tensors among `values` and inside their tuples and lists."""
    found: list[TensorValue] = []
    for value in values:
        if isinstance(value, TensorValue):
            found.append(value)
        elif isinstance(value, Sequence) and value.items:
            found.extend(tensors_in(list(value.items)))
    return found


def literals_in(values: list[Value]) -> list[Literal]:
    """The literal contents reachable from `values`: their tensors', and those of their lists, tuples and
    user objects' attributes."""
    found: list[Literal] = []
    seen: set[int] = set()
    pending = list(values)
    while pending:
        value = pending.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, TensorValue):
            found.extend(value.literals)
        elif isinstance(value, Sequence) and value.items:
            pending.extend(value.items)
        elif isinstance(value, UserObject):
            pending.extend(value.attributes.values())
        elif isinstance(value, Modelled):
            found.extend(value.literals())
    return found


def forget_contents(values: list[Value]) -> None:
    """Mark the literal contents reachable from `values` as possibly changed (they were handed to code that
    may modify tensors in place)."""
    for literal in literals_in(values):
        literal.intact = False


@dataclass(frozen=True, eq=False)
class Const:
    """A Python constant known exactly (int, float, str, bool, None, slice, Ellipsis, dtype, device); `interned`
    when it is a string literal CPython interns (made of letters, digits and `_`), one object per value."""

    value: Any
    interned: bool = False


@dataclass(frozen=True, eq=False)
class Scalar:
    """A Python number whose value is unknown (`math.sqrt(d)`, `float(i)`, `x.item()`); of kind `REAL` when it
    is an int or a float, which one not known (`total = 0`, then `total = total + reward`)."""

    kind: type = float


REAL: type = numbers.Real


@dataclass(frozen=True, eq=False)
class SymDim:
    """A tensor size read back into Python (`x.shape[0]`): an int or a torch.SymInt."""

    value: Any


@dataclass(frozen=True, eq=False)
class Sequence:
    """A tuple or list of abstract values; `items` None when only an element value (and maybe `length`) is
    known."""

    items: tuple[Value, ...] | None
    kind: str = "tuple"
    element: Value = UNKNOWN
    fields: tuple[str, ...] = ()
    length: Any = None  # with `items` None: a symbolic size known to be the length (the sequence is not empty)
    # a `collections.deque(maxlen=N)`: items added past N push out as many at the other end; N is an int, or the
    # value of an int whose value is unknown
    maxlen: Any = None
    kind_known: bool = False  # `kind` is the value's exact type (a batch default_collate made is a list)
    # with `items` None: its first items, known where the length is not (a tuple of 1 or 2 items: the first)
    prefix: tuple[Value, ...] = ()
    # a dict of unknown entries: a value covering every key (the ints of `dict(enumerate(xs))`); None where it has
    # none yet (a new `defaultdict`, see dict_keys)
    key: Value | None = UNKNOWN

    def get(self, index: int) -> Value:
        """Item `index`, or the element value when the length is unknown (the known first items excepted)."""
        if self.items is None:
            return self.prefix[index] if 0 <= index < len(self.prefix) else self.element
        if -len(self.items) <= index < len(self.items):
            return self.items[index]
        return UNKNOWN


@dataclass(frozen=True, eq=False)
class TorchRef:
    """A torch module, class, function or constant named by its qualified name."""

    qualname: str
    obj: Any


@dataclass(frozen=True, eq=False)
class BoundMethod:
    """A method looked up on an abstract value: `x.permute`, `model.parameters`."""

    receiver: Value
    name: str


@dataclass(frozen=True, eq=False)
class TorchModule:
    """An instance of a torch.nn module, built on the meta device."""

    module: Any
    qualname: str
    defined_at: int | None = None
    arg_span: tuple[int, int, int, int] | None = None


BARE_MODULE = "torch.nn.Module"


@dataclass(frozen=True, eq=False)
class Container:
    """nn.Sequential / nn.ModuleList / nn.ModuleDict of abstract modules (user modules may be inside), or a bare
    `nn.Module()` holding the layers stored on it by name (BARE_MODULE)."""

    qualname: str
    items: tuple[Value, ...]
    names: tuple[str, ...] = ()

    @property
    def registered_names(self) -> tuple[str, ...]:
        """The names torch registered its layers under: their own, or "0", "1", ... by position."""
        return self.names or tuple(str(index) for index in range(len(self.items)))


@dataclass(frozen=True, eq=False)
class Instance:
    """An instance of some class the analysis does not model in detail (optimizer, scheduler, ...)."""

    qualname: str


@dataclass(frozen=True, eq=False)
class Function:
    """A function or lambda defined in the user's code (interpreted, never called)."""

    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    scope: Any  # interpreter.Scope
    owner: UserClass | None = None


@dataclass(frozen=True, eq=False)
class UserClass:
    """A class defined in the user's code."""

    node: ast.ClassDef
    scope: Any  # interpreter.Scope
    bases: tuple[Value, ...]
    methods: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=dict)
    attributes: dict[str, Value] = field(default_factory=dict)
    record: str | None = None  # "dataclass" / "namedtuple": Python generates `__init__` from the fields
    opaque: bool = False  # a base or decorator the engine does not model may set its instances' attributes


@dataclass(frozen=True, eq=False)
class SuperOf:
    """`super()` in a method of `cls`: `obj`'s members looked up in the classes after `cls` in its order (`obj` a
    class in a classmethod)."""

    obj: UserObject | UserClass
    cls: UserClass


@dataclass(frozen=True, eq=False)
class ModuleValue:
    """A workspace module an import loaded: its top-level names live in `scope` (interpreted, never run)."""

    name: str
    path: str
    scope: Any  # interpreter.Scope


_SERIALS = itertools.count(1)


def serial_mark() -> int:
    """A number below the serial of every user object built from now on."""
    return next(_SERIALS)


@dataclass(eq=False)
class UserObject:
    """An instance of a user class; attributes are filled by interpreting `__init__`; `serial` tells objects built
    later from those built earlier."""

    cls: UserClass
    attributes: dict[str, Value] = field(default_factory=dict)
    serial: int = field(default_factory=serial_mark, repr=False)
    many: bool = field(default=False, repr=False)  # stands for several objects: one's write may miss the others


@dataclass(frozen=True, eq=False)
class Dataset:
    """A dataset whose samples have known abstract values (TensorDataset, user Dataset, random_split)."""

    sample: Value
    length: Any = None  # an int, a torch.SymInt or None
    qualname: str = "torch.utils.data.Dataset"


@dataclass(frozen=True, eq=False)
class Loader:
    """A DataLoader: iterating it yields `batch`; `first` is the first batch (full when the data allows);
    `sizes` the size of each batch when known, and `batch_dim` the size that stands for it in `batch`; `dataset`
    the dataset it was given (its attribute of that name)."""

    batch: Value
    qualname: str = "torch.utils.data.DataLoader"
    first: Value | None = None
    sizes: tuple[int, ...] | None = None
    batch_dim: Any = None  # an int or a torch.SymInt
    dataset: Value = UNKNOWN


@dataclass(frozen=True, eq=False)
class Range:
    """`range(...)`, `enumerate(...)`, `zip(...)` and other iterables: iteration yields `element`."""

    element: Value
    length: int | None = None
    first: Value | None = None
    enumerates: Value | None = None  # for `enumerate(x)`: x
    bounds: tuple[Any, Any] | None = None  # for `range(...)`: the lowest and highest int it yields (ints or sizes)
    ints: range | None = None  # for `range(...)` of known ints: the ints it yields
    zips: tuple[Value, ...] = ()  # for `zip(a, b, ...)`: the iterables it walks side by side


class Modelled:
    """An object whose behaviour a module of the engine computes in Python (a builtin, an argparse parser, a
    dataclass field): its attributes come from `member`."""

    def member(self, name: str) -> Value:
        """The value of attribute `name` (UNKNOWN when it is not modelled)."""
        return UNKNOWN

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """The value of `self[index]` (UNKNOWN when subscription is not modelled)."""
        return UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """The value covering this object and `other` where control flow merges (UNKNOWN unless modelled)."""
        return UNKNOWN

    def call(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """What calling this object gives (UNKNOWN unless modelled)."""
        return UNKNOWN

    def literals(self) -> tuple[Literal, ...]:
        """The contents this object holds that code may change in place (none unless modelled)."""
        return ()

    def text(self) -> str | None:
        """What `str(self)` gives (None unless modelled)."""
        return None

    def truth_value(self) -> bool | None:
        """What `bool(self)` gives (None unless modelled)."""
        return None


Value: TypeAlias = (
    Unknown
    | Const
    | Scalar
    | SymDim
    | Sequence
    | TensorValue
    | TorchRef
    | TorchModule
    | Container
    | Instance
    | BoundMethod
    | Function
    | UserClass
    | UserObject
    | SuperOf
    | ModuleValue
    | Dataset
    | Loader
    | Range
    | Modelled
)
"""Every abstract value the interpreter passes around (`Modelled` covers builtins and library objects)."""


def is_int(value: Value) -> bool:
    """Whether a value is an int (known or not), bools excluded."""
    if isinstance(value, Const):
        return type(value.value) is int
    return isinstance(value, SymDim) or (isinstance(value, Scalar) and value.kind is int)


def class_name_of(value: Value | None) -> str | None:
    """The qualified class name an instance-like value stands for (for hovers)."""
    if isinstance(value, TensorValue):
        return "torch.Tensor"
    if isinstance(value, (TorchModule, Container, Instance, Dataset, Loader)):
        return value.qualname
    modelled = getattr(type(value), "instance_of", None)  # a modelled library's object (a numpy array)
    return modelled if isinstance(modelled, str) else None


def copy_user_objects(
    value: Value, clones: dict[int, UserObject], convert: Callable[[str, Value], Value] = lambda _, v: v
) -> Value:
    """`value` with its user objects copied (attributes included, recursively; `clones` maps the ids of
    those already copied); their other attribute values pass through `convert(name, value)` (immutable
    values are shared by default)."""
    if not isinstance(value, UserObject):
        return value
    if id(value) not in clones:
        copy = UserObject(value.cls)
        clones[id(value)] = copy
        copy.attributes = {
            k: copy_user_objects(v, clones, convert) if isinstance(v, UserObject) else convert(k, v)
            for k, v in value.attributes.items()
        }
    return clones[id(value)]
