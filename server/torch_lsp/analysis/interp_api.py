"""What the interpreter offers the modules that model calls for it (torch_model, python_builtins, stdlib,
overlays, ...): a Protocol they annotate with, so that none of them imports the interpreter (as mypy's
`checker_shared` does for its checker)."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from .probes import OpError, OpRunner
from .symbols import Symbols
from .values import Function, Sequence, TorchModule, TorchRef, UserObject, Value

if TYPE_CHECKING:
    from .forward_hooks import ForwardHooks

MAX_UNROLL = 16  # the most iterations a loop, a comprehension or `range` is unrolled into
# while an object is built (its __init__ and what that calls) a model's structure is laid out once, and each
# iteration may add a different layer (DenseNet's growing widths): loops are unrolled further there
MAX_BUILD_UNROLL = 64
MAX_CONST_ITEMS = 4096  # the most items a constant list, tuple or string split is folded into


class TorchCallsApi(Protocol):
    """What the modules see of the interpreter's torch calls (`torch_model.TorchCalls`)."""

    def call_ref(self, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Evaluate `torch.something(...)`."""
        ...

    def module_attribute(self, module: TorchModule, name: str) -> Value:
        """`conv.weight`, `linear.in_features`, ..."""
        ...

    def call_module(self, module: TorchModule, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Run a torch.nn module's forward on probe tensors."""
        ...

    def empty(self, shape: list[Any], dtype: Any) -> Any:
        """A meta (or fake, for symbolic sizes) probe of this shape and dtype."""
        ...


class InterpreterApi(Protocol):
    """The members of `interpreter.Interpreter` that the modules modelling calls for it use."""

    @property
    def torch(self) -> Any:
        """The torch module."""
        ...

    @property
    def runner(self) -> OpRunner:
        """Runs torch ops on probes."""
        ...

    @property
    def symbols(self) -> Symbols:
        """The symbolic sizes of this analysis."""
        ...

    @property
    def hooks(self) -> ForwardHooks:
        """The forward hooks the program registered."""
        ...

    @property
    def calls(self) -> TorchCallsApi:
        """Evaluates calls into torch."""
        ...

    @property
    def saved(self) -> dict[str, Value]:
        """What torch.save wrote, by destination (see saved_files)."""
        ...

    def report(
        self,
        node: ast.AST,
        op: str,
        error: OpError,
        args: list[Value],
        related: Iterable[tuple[int, str]] = (),
        module: TorchModule | None = None,
    ) -> None:
        """Record a failing torch call at `node`."""
        ...

    def span(self, node: ast.AST) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of a node, in characters."""
        ...

    def named_size(self, label: str, default: int | None = None, site: int | None = None) -> Value:
        """The size named `label` (`default`: the value the program declares for it when nobody sets it; `site`:
        the assignment that gives it)."""
        ...

    def unknown_size(self, source: ast.expr | None, probeless: bool = False) -> Value:
        """The size an unknown int read by `source` stands for: named after the variable or attribute it reads."""
        ...

    def slice_of(self, parts: list[Value]) -> Value:
        """The slice `start:stop:step` of these three values (None where not written)."""
        ...

    def tuple_length(self, value: Sequence) -> Value:
        """The length of a tuple whose length is unknown: the same size every time it is asked of that tuple."""
        ...

    def attribute(self, owner: Value, name: str, node: ast.AST) -> Value:
        """`owner.name`."""
        ...

    def set_attribute(self, owner: Value, name: str, value: Value, node: ast.AST) -> None:
        """`owner.name = value`."""
        ...

    def store_attribute(self, owner: UserObject, name: str, value: Value, node: ast.AST) -> None:
        """`object.__setattr__(owner, name, value)`: through a property's setter, else into its attributes."""
        ...

    def forget_attributes(self, owner: Value, node: ast.Call) -> None:
        """`setattr(owner, name, value)` at a name not known: any attribute may have changed."""
        ...

    def mapping(self, value: Value) -> Value:
        """What `dict(value)` or `**value` reads of `value` (a dict subclass instance's items), else `value`."""
        ...

    def command_line(self) -> Value:
        """What the program set `sys.argv` to (UNKNOWN when it did not)."""
        ...

    def parsed_unknown_command_line(self, defaults: dict[str, int]) -> None:
        """Note that `parse_args()` read a command line the engine does not know, whose int options default so."""
        ...

    def caller(self) -> tuple[Function | None, Value | None]:
        """The user function being interpreted and its first argument."""
        ...

    def module_variables(self) -> dict[str, Value]:
        """The module's global variables as they are now (what `globals()` holds)."""
        ...

    def unroll_limit(self) -> int:
        """How many items a loop over a known iterable may have to run once per item."""
        ...

    def iteration_items(self, value: Value) -> list[Value] | None:
        """The exact items iteration yields, when they are known."""
        ...

    def iterated(self, value: Value) -> Value:
        """What iterating `value` walks: what a user object's `__iter__` returns, any other value itself."""
        ...

    def iteration_element(self, value: Value) -> Value:
        """What one step of iterating `value` yields (joined over all steps)."""
        ...

    def dataset_sample(self, dataset: Value, index: Value | None = None) -> Value:
        """The value one sample of a dataset has (a user dataset's `__getitem__` at `index`, by default 0)."""
        ...

    def binary(self, op: type, left: Value, right: Value, node: ast.AST) -> Value:
        """Apply a binary operator to abstract operands."""
        ...

    def call(self, callee: Value, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Evaluate a call on abstract values."""
        ...

    def call_function(self, function: Function, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Interpret a user function with abstract arguments."""
        ...

    def module_method(self, receiver: UserObject, name: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`obj.name(...)` of nn.Module's own methods on a user object."""
        ...

    def lose(self, *options: Value) -> None:
        """Code the engine does not follow was handed these values and may call what they hold with any values."""
        ...

    def model_every_call(self, function: Value) -> None:
        """`function` (a user function or method) was handed to code the engine models, and it interpreted every
        call that code makes to it."""
        ...

    def namespace_view(self, namespace: Sequence) -> Sequence:
        """`namespace.__dict__`, the dictionary `vars(namespace)` gives too (see namespace_views)."""
        ...

    def may_set_attribute(self, name: str) -> bool:
        """Whether the code interpreted may set attribute `name` on some object (see attribute_stores)."""
        ...

    def may_set_after_init(self, name: str) -> bool:
        """Whether the code interpreted may set attribute `name` on an object other than by `self.name = ...` in an
        `__init__` (see attribute_stores)."""
        ...
