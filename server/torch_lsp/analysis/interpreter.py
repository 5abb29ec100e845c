"""Abstract interpretation of a Python module: every tensor's shape, without running the user's code.

The interpreter walks the syntax tree. Python constants are folded (with size bounds), user
functions and classes are interpreted with abstract arguments, and only allow-listed torch
callables run, on probe tensors the engine made itself (see `torch_model` and `probes`).
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import operator
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field, replace
from functools import cache, partial
from types import ModuleType
from typing import Any, cast
from weakref import WeakKeyDictionary

from ..torch_names import resolve_object as resolve_torch
from . import (
    autograd_functions,
    dict_subclasses,
    failed_unpacks,
    in_place_operators,
    in_place_tensors,
    int_quotients,
    layer_stacks,
    module_modes,
    module_stores,
    numbers_or_tensors,
    replaced_data,
    special_methods,
    stdlib,
    tensor_stores,
    work_clock,
)
from .absent_attributes import lacks_attribute
from .alternatives import MAX_OPTIONS, Alternatives, dropped, may_be, reporting_lost, with_option_changed
from .annotations import shape_from_annotation, shapes_from_comments
from .argument_aliases import ArgumentAliases, named_arguments
from .asserted_lengths import asserted_lengths, with_length
from .asserted_sizes import Triple, asserted_sizes, size_tests, with_size
from .attribute_dicts import SHARED, AttributeDict, attribute_dict, attribute_names
from .attribute_stores import Stores, joined, stores
from .batches import appended_each_iteration, compared_batch_size, last_batch, per_batch_items
from .binding_joins import joined_visits
from .bookkeeping_loops import MAX_BOOKKEEPING_UNROLL, bookkeeping_function, bookkeeping_only
from .callables import Changer
from .checkpoints import Checkpoint, prefix_hash, statement_lines
from .choices import OneOf, characters, compared, contained, each_choice, string_tests
from .class_dicts import class_dict
from .concrete import is_concrete
from .default_dtypes import DefaultDtype, dtype_set, set_elsewhere, setting_call
from .device_kinds import device_kind
from .dict_changes import changed_dict
from .dict_keys import keys_of, with_key
from .dict_subclasses import ITEMS, is_dict_object
from .distributions import distribution_of
from .dtype_tests import dtype_comparison
from .early_returns import EarlyReturns
from .escaping_code import code_of, reached
from .file_facts import FileFacts
from .fixes import Fix, suggest
from .folding import (
    CONSTANT_SEQUENCES,
    MAX_TEXT,
    fold,
    formatted,
    identity_test,
    membership,
    scalar_result,
    searched,
    text_item,
    unknown_comparison,
)
from .forward_helpers import is_forward_helper
from .forward_hooks import HOOK_REGISTRATIONS, ForwardHooks
from .fresh_objects import fresh_copy, holds_closure, made_since, stand_for_many
from .function_defaults import FunctionDefaults
from .generators import is_generator
from .grad_modes import grad_mode, mode_set
from .index_stand_ins import int_lists, int_stand_ins, opened_slices, without_contents
from .inheritance import (
    TORCH_BASE,
    adds_nothing,
    build_torch_base,
    defining_class,
    derives_dict,
    is_dict_type,
    mro,
    super_member,
    torch_base_call,
    torch_layer_base,
)
from .instance_checks import options_by_class
from .int_facts import another_element, python_index
from .int_operands import int_operand
from .internal_errors import InternalErrors, strict_mode
from .interp_api import MAX_BUILD_UNROLL, MAX_CONST_ITEMS, MAX_UNROLL
from .item_sizes import joined_items, own_sizes, read_item, sizes_in
from .iterator_firsts import any_item
from .joins import changed_in_place, join, join_all, join_states, linking_containers, number_kind
from .layer_stacks import MODULE_LIST, LayerStack
from .length_tests import non_empty_lists
from .loop_runs import (
    NonEmptyWatch,
    WriteLog,
    became_tensors,
    breaks_out,
    calls_nothing,
    counted_lists,
    exit_guards,
    handed_reads,
    is_empty_list,
    iteration_count,
    length_label,
    may_shrink_lists,
    reads_only,
    skips_items,
    still_counted,
    suppresses,
    with_count,
    yields_one_at_least,
)
from .mask_indices import mask_mismatch
from .methods import bound_member, class_bound, class_methods, method_kind, property_setter, read_through_class
from .module_children import (
    MODULE_WALKS,
    all_modules,
    children,
    container_listing,
    copied_modules,
    registered_modules,
    submodules,
)
from .module_dtypes import CONVERSIONS, conversion_dtype, converted
from .module_tensors import TENSOR_LISTS, module_tensors
from .namespace_views import NamespaceViews, is_namespace, namespace_of
from .object_states import Attributes, ObjectStates
from .open_calls import OPEN_REST, open_arguments
from .open_lists import concatenation, mutated, named_length, repetition, sliced, with_item, without_items
from .open_ranges import arange_of_unknown_bounds
from .optimizer_closures import step_closure
from .optional_values import MaybeNone, attribute_none_test, none_tests, without_none
from .outer_names import declared_names
from .overlays import command_line, deques, enums, mixed_arrays, named_tuples
from .overlays import dataclasses as records
from .overlays.array_files import Archive
from .overlays.contextlib import contextmanager_decorates
from .overlays.itertools import MEMBERS as ITERTOOLS
from .overlays.itertools import chained_rows
from .overlays.mixed_arrays import MixedArray
from .overlays.numpy_model import (
    NdArray,
    array_binary,
    array_comparison,
    array_unary,
    as_tensor_index,
    tensor_from_array,
    text_comparison,
)
from .overlays.progress_bars import unwrapped
from .overlays.text_arrays import TextArray
from .overlays.types import NAMESPACE
from .overlays.typing import NAMED_TUPLE
from .overlays.wrappers import checkpointed_call, data_parallel_call, reparametrized, wrapped_layer, wrapped_model
from .probes import OpError, OpRunner, strided
from .python_builtins import (
    BUILTINS,
    BYTES_METHODS,
    STR_METHODS,
    dict_method,
    dict_of,
    entry_key,
    is_dict,
    known_iteration_length,
    stored_entry,
    str_method,
    str_method_of_each,
    with_entry,
)
from .quiet_statements import pure_outcome, quiet_handlers
from .raising_branches import RaisingBranches, may_swallow
from .range_ints import loop_int, range_count
from .rebound_names import rebound_later
from .rebuilt_recursion import rebuilds
from .row_tensors import tensor_of_rows
from .running_statements import Levels, RunningStatements
from .sequence_equality import compared_with_none, sequences_compared
from .sequential_subclasses import layers_base, register_layer, registry
from .source import builtin_call_args, first_line, parse_expression
from .state_copies import Uncopyable, copied
from .stdlib import Builtin
from .symbolic_pieces import unpacked_chunks
from .symbols import Symbols, SymbolsDeferred
from .torch_model import TorchCalls, node_line
from .transposed import spread, transpose, unpacked
from .triangle_indices import triangle_of_unknown_sizes
from .type_checks import TypeOf, exact_class, type_is
from .type_probes import is_no_collection, probed_value
from .unbound_methods import UnboundMethod, unbound_method
from .unbound_reads import catching_handler, local_names, reads_first
from .unknown_numbers import tensor_of_unknown_numbers
from .unordered import (
    SET_MUTATORS,
    SET_OPERATIONS,
    OpenSet,
    Unordered,
    after_mutation,
    distinct,
    keyed_entries,
    member_test,
    set_operation,
    spread_operation,
)
from .values import (
    BARE_MODULE,
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Dataset,
    Function,
    Instance,
    Loader,
    Modelled,
    ModuleValue,
    Range,
    Scalar,
    Sequence,
    SuperOf,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
    Value,
    forget_contents,
    literals_in,
    serial_mark,
    tensors_in,
)
from .windows import exact_windows, text_window
from .yielded_objects import summed_up

MAX_CALL_DEPTH = 16
_CONVERSIONS: dict[int, Callable[[Any], str]] = {ord("s"): str, ord("r"): repr, ord("a"): ascii}  # `!s`, `!r`, `!a`
_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "add_module", "__setitem__", "update"}
    | {"setdefault", "popitem", "move_to_end", "__delitem__", "__iadd__", "__imul__", "__ior__", "__init__"}
)
_CHANGING = _MUTATORS | SET_MUTATORS | deques.METHODS | layer_stacks.GROWERS  # what may change a container
_MOST_SEARCHED = 64  # the most items of a sequence searched for the objects an in-place change may reach
_PASSES_ARGUMENTS = (Function, BoundMethod, UserClass, UserObject)  # calls whose parameters are the arguments
_BIN_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.MatMult: operator.matmul,
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
    ast.LShift: operator.lshift,
    ast.RShift: operator.rshift,
}
_KEYED = ("torch.nn.ModuleDict", "torch.nn.ParameterDict")  # containers whose iteration yields their keys
_NAME_CHARS = re.compile(r"[A-Za-z0-9_]*")  # string literals of these characters only are interned
_TYPE_OR_DEVICE = re.compile(r"type|device", re.IGNORECASE)  # torch's messages on mismatched dtypes or devices
_DTYPES = re.compile(r"type", re.IGNORECASE)  # torch's messages on mismatched dtypes
_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)


# what `_named_range` evaluates again: reads and arithmetic on them, which run no code but operator overloads
_READ_ARITHMETIC = (
    ast.Name,
    ast.Attribute,
    ast.Constant,
    ast.BinOp,
    ast.UnaryOp,
    ast.operator,
    ast.unaryop,
    ast.expr_context,
)


def _read_label(source: ast.expr | None) -> str | None:
    """The name an expression reads a value by: a variable's, an attribute's or a string key's."""
    if isinstance(source, ast.Name):
        return source.id
    if isinstance(source, ast.Attribute):
        return source.attr
    if isinstance(source, ast.Subscript) and isinstance(source.slice, ast.Constant):
        key = source.slice.value
        return key if isinstance(key, str) and key.isidentifier() else None
    return None


def _dict_entry(owner: Sequence, key: object) -> Value:
    """`d[key]` of a dict whose keys are known, for a key that is no string: its entry, else KeyError (unknown)."""
    assert owner.items is not None
    try:
        return owner.items[owner.fields.index(key)]
    except (ValueError, TypeError):
        return UNKNOWN


def _none_raises(op: type, left: Value, right: Value) -> bool:
    """Whether an operand may be None in arithmetic with a tensor, an array, a number or another such operand,
    where None raises TypeError (`lr * w.grad`)."""

    def numeric(value: Value) -> bool:
        if isinstance(value, Const):
            return isinstance(value.value, (int, float)) and not isinstance(value.value, bool)
        return isinstance(value, (TensorValue, NdArray, Scalar, SymDim, MaybeNone))

    maybe = isinstance(left, MaybeNone) or isinstance(right, MaybeNone)
    return maybe and op in _ARITHMETIC and numeric(left) and numeric(right)


_COMPARE_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_UNARY_OPS: dict[type, Callable[[Any], Any]] = {
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
    ast.Invert: operator.invert,
    ast.Not: operator.not_,
}


class BudgetExceeded(Exception):
    """The analysis ran out of time or was cancelled by a newer edit."""


@dataclass
class Binding:
    """A name bound to a value at a place in the source (a hint site when `hint` is set)."""

    name: str
    line: int
    column: int
    value: Any  # a TensorValue at the hint sites the features read (see engine.Analysis.hints)
    scope: tuple[int, int]
    hint: bool = True


@dataclass
class Issue:
    """A torch call that fails on the inferred shapes."""

    line: int
    column: int
    end_line: int
    end_column: int
    op: str
    error: OpError
    concrete: bool
    shapes: list[str] = field(default_factory=list)
    related: list[tuple[int, str]] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    module: TorchModule | None = None
    undecided: bool = False  # found in a branch of an `if` whose test the engine did not decide

    @property
    def sure(self) -> bool:
        """Whether the call raises whatever values its symbolic sizes take (an error, not a warning)."""
        return self.concrete or self.error.for_all_sizes


@dataclass(frozen=True)
class Member:
    """What `receiver.name` was evaluated on at one place, and what calling it there returned."""

    receiver: Value | None
    result: Value | None = None


class Scope:
    """Variables of a module, function or class body."""

    def __init__(self, parent: Scope | None, span: tuple[int, int]) -> None:
        self.vars: dict[str, Value] = {}
        self.parent = parent
        self.span = span
        self.declared: dict[str, Scope] = {}  # `global` and `nonlocal` names -> the scope that holds them
        self.serial = serial_mark()  # tells the scopes of calls made later from those made earlier
        self.many = False  # stands for several scopes (see fresh_objects.stand_for_many)

    def chain(self) -> list[Scope]:
        """This scope and the scopes enclosing it, innermost first."""
        chain: list[Scope] = []
        scope: Scope | None = self
        while scope is not None:
            chain.append(scope)
            scope = scope.parent
        return chain

    def get(self, name: str) -> Value | None:
        """The value of `name` here or in an enclosing scope."""
        return self.holder(name).vars.get(name)

    def holder(self, name: str) -> Scope:
        """The scope in this one's chain that holds variable `name` (this one when none does)."""
        scope: Scope | None = self
        while scope is not None:
            if name in scope.declared:
                return scope.declared[name]
            if name in scope.vars:
                return scope
            scope = scope.parent
        return self

    def binder(self, name: str) -> Scope:
        """The scope an assignment to `name` here binds it in: this one, unless `name` is declared `global` or
        `nonlocal`."""
        return self.declared.get(name, self)

    def declare(self, definition: ast.AST, outer: Scope) -> None:
        """Bind the names the function `definition`, whose body this scope holds and which sees `outer`, declares
        `global` (in its module) or `nonlocal` (in the nearest enclosing function that has it)."""
        for name, is_global in declared_names(definition):
            holder = outer.holder(name)
            if is_global or holder.parent is None:
                holder = module_scope(outer) if is_global or outer.parent is None else outer
            self.declared[name] = holder


_OPTION = "<option>"  # the name one option of a receiver is changed under (see `_mutate_options`)
_GROWERS = ("append", "add_module", "extend", "insert")


def _item_index(owner: Sequence | Container, args: list[Value], length: int) -> int | None:
    """The index `xs.pop(i)` removes from a list (or a layer list) of `length` items, when it is a known int in
    range (negative ones count from the end)."""
    if len(args) != 1 or not isinstance(args[0], Const) or type(args[0].value) is not int:
        return None
    if isinstance(owner, Container) and owner.names:  # a ModuleDict pops by key
        return None
    return args[0].value if -length <= args[0].value < length else None


def _is_module_list(value: Value) -> bool:
    return isinstance(value, (Container, LayerStack)) and value.qualname == MODULE_LIST


def _symbolic_size(value: Value) -> bool:
    """Whether a call argument is, or holds, a size without a plain value (a layer's `channels` nothing gave)."""
    if isinstance(value, SymDim):
        return not isinstance(value.value, int)
    return isinstance(value, Sequence) and value.items is not None and any(_symbolic_size(i) for i in value.items)


def _is_sequential(callee: Value, torch: Any) -> bool:
    return isinstance(callee, TorchRef) and callee.obj is torch.nn.Sequential


def _runs_no_op(node: ast.expr) -> bool:
    """Whether an expression is made only of names, constants, tuples and lists, so evaluating it runs no op."""
    return all(isinstance(n, (ast.Name, ast.Constant, ast.Tuple, ast.List, ast.expr_context)) for n in ast.walk(node))


def _comprehension_limit(keeps_books: Callable[[ast.Call], bool], *parts: ast.expr) -> int:
    """How many items a comprehension may be unrolled into: many when its parts run no op, fewer when they only
    keep books (`getattr(args, k)`, the calls `keeps_books` accepts), else as many as a loop."""
    if all(map(_runs_no_op, parts)):
        return MAX_CONST_ITEMS
    return MAX_BOOKKEEPING_UNROLL if bookkeeping_only([ast.Expr(part) for part in parts], keeps_books) else MAX_UNROLL


_DEFAULTS_ATTRIBUTES = ("__defaults__", "__kwdefaults__")


def _mutable(value: Value) -> bool:
    """Whether a value stands for an object Python code changes in place (a list, dict, set, deque, namespace,
    instance, torch module, tensor)."""
    if isinstance(value, Sequence):
        return value.kind in ("list", "dict", deques.DEQUE, NAMESPACE)
    return isinstance(value, (Unordered, OpenSet, UserObject, TorchModule, Container, TensorValue))


def _own_setattr(order: list[UserClass]) -> bool:
    """Whether the first class of `order` holding `__setattr__` defines it with an undecorated def: Python runs
    that def, not object's, for every `obj.name = value` on an instance."""
    for k in order:
        if "__setattr__" in k.methods:
            return not k.methods["__setattr__"].decorator_list
        if "__setattr__" in k.attributes:
            return False
    return False


def _exactly_of_its_kind(value: Value) -> Value:
    """A list, tuple or dict a display, a comprehension or a slice made: its type is `list`, `tuple` or `dict` itself
    (`isinstance` is decided)."""
    return replace(value, kind_known=True) if isinstance(value, Sequence) else value


def _a_bool(result: Value) -> Value:
    """What an identity or membership test gives: Python makes `in` and `is` a bool whatever `__contains__` returns,
    so an undecided one is a bool of unknown value."""
    return Scalar(bool) if result is UNKNOWN else result


def _gives_none_of_its_arguments(callee: Value) -> bool:
    """Whether calling `callee` never gives back a user object it is handed: torch's own methods of a layer or a
    user layer (`model.state_dict`), or layers the code chose among, each of which the engine calls itself."""
    if isinstance(callee, BoundMethod):
        return isinstance(callee.receiver, (UserObject, TorchModule))
    return isinstance(callee, Alternatives)


def _is_reference(node: ast.expr) -> bool:
    """Whether an expression only reads a name or its attributes (`self.vgg`, `nn.Conv2d`)."""
    return all(isinstance(n, (ast.Name, ast.Attribute, ast.Load)) for n in ast.walk(node))


def _too_wide(spec: str) -> bool:
    """Whether a format spec asks for a width or precision past the longest text the engine keeps."""
    return any(int(number) > MAX_TEXT for number in re.findall(r"\d+", spec))


def _formatted(value: Value, spec: Value, conversion: int) -> str | None:
    """The text an f-string field makes of a known value and format spec; None when either is not known, or the
    spec is one the value's type refuses (the f-string raises)."""
    if not (isinstance(value, Const) and isinstance(value.value, (str, int, bool, type(None)))):
        return None
    if not (isinstance(spec, Const) and isinstance(spec.value, str)) or _too_wide(spec.value):
        return None
    convert = _CONVERSIONS.get(conversion)
    try:
        return format(convert(value.value) if convert is not None else value.value, spec.value)
    except (TypeError, ValueError):
        return None


def _stored(owner: Value, name: str, value: Value) -> Value | None:
    """What an object the engine holds by value (a namespace, a torch module or container) is after
    `owner.name = value`; None for other objects."""
    if isinstance(owner, Sequence) and owner.kind == NAMESPACE:
        return with_entry(owner, name, value)
    if isinstance(owner, (TorchModule, Container)):
        return module_stores.with_attribute(owner, name, value)
    return None


def _is_layer_item(item: Value) -> bool:
    """Whether a loop's item is a model's layer (or a named one, from `named_children()`): a loop over them runs
    the model's structure, each layer once, as building it did."""
    if isinstance(item, Sequence) and item.kind == "tuple" and item.items is not None and len(item.items) == 2:
        item = item.items[1]
    return module_stores.is_layer(item)


def _holds_layers(value: Value) -> bool:
    """Whether a value is a container of layers, or a dict whose every entry is a layer (`self._modules`)."""
    if isinstance(value, Sequence) and value.kind == "dict" and value.items:
        return all(map(module_stores.is_layer, value.items))
    return isinstance(value, Container)


def _unrolls(items: list[Value], limit: int) -> bool:
    """Whether a comprehension over `items` is unrolled: up to `limit` items, or as many as a loop over a model's
    layers runs one by one."""
    return len(items) <= limit or (len(items) <= MAX_BUILD_UNROLL and all(map(_is_layer_item, items)))


def _runs_target(node: ast.For) -> bool:
    """Whether a loop's body calls what its target names (`layer(x)`): a walk over a model's layers that only
    reads and initialises them (`for m in self.modules(): nn.init.zeros_(m.bias)`) costs little per layer."""
    names = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    calls = (n for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Call))
    return any(isinstance(call.func, ast.Name) and call.func.id in names for call in calls)


_MAX_SCANNED_ITEMS = 64  # the largest container whose items are searched for an object changed in place


def _same_parameter(value: Value, other: Value) -> bool:
    """Whether two tensors are one module's parameter read twice (`w = lin.weight` and `lin.weight`): the very
    tensor, which a change in place through either changes."""
    import torch

    return (
        isinstance(value, TensorValue)
        and isinstance(other, TensorValue)
        and value.probe is other.probe
        and isinstance(value.probe, torch.nn.Parameter)
    )


def _holds_item(container: Value, item: Value) -> bool:
    """Whether a list, tuple, dict or namespace (of at most _MAX_SCANNED_ITEMS items) holds the very object
    `item`, or a value that may be it (see `may_be`), as one of its items or as the value of its unknown items."""
    if not isinstance(container, Sequence) or container is item:
        return False
    items = container.items or ()
    return len(items) <= _MAX_SCANNED_ITEMS and (may_be(container.element, item) or any(may_be(i, item) for i in items))


@dataclass
class _Catch:
    """A `try` or `with` body that may catch what it raises: its scope, the objects whose state it follows, how
    many loops ran around it and how many calls, and the states its `raise` statements (or those of the functions
    it calls) left."""

    scope: Scope
    objects: ObjectStates
    loops: int
    calls: int
    implicit: bool  # whether an exception raised without a `raise` statement (by any statement) reaches it
    raised: list[tuple[dict[str, Value], Attributes]] = field(default_factory=list)
    quiet: bool = False  # whether its handlers catch only what operations raise (see quiet_statements)


@dataclass
class _Skips:
    """The `continue` statements of a loop run as a fix-point: the states they left in this pass (None where they
    are run as going on: a `finally` block the loop holds runs after them), and how many `try` bodies were open
    when the loop began."""

    objects: ObjectStates
    guarded: int
    states: list[tuple[dict[str, Value], Attributes]] | None


def _holds_finally(body: list[ast.stmt]) -> bool:
    """Whether a loop body holds a `try` with a `finally` block."""
    return any(isinstance(node, ast.Try) and node.finalbody for statement in body for node in ast.walk(statement))


def _same_state(first: tuple[dict[str, Value], Attributes], second: tuple[dict[str, Value], Attributes]) -> bool:
    """Whether two states of a scope hold the very same values in its variables and its objects' attributes."""
    tables = [(first[0], second[0])] + [(first[1][k], second[1][k]) for k in first[1].keys() & second[1].keys()]
    return first[1].keys() == second[1].keys() and all(
        a.keys() == b.keys() and all(a[name] is b[name] for name in a) for a, b in tables
    )


def _with_item_changed(container: Sequence, item: Value, now: Value) -> Sequence:
    """`container` with the object `item` it holds replaced by `now`, what covers it after a change in place."""
    items = tuple(with_option_changed(i, item, now) for i in container.items) if container.items is not None else None
    return replace(container, items=items, element=with_option_changed(container.element, item, now))


def _objects_in(
    variables: dict[str, Value], seen: set[int], holding: MutableMapping[Sequence | Container, bool]
) -> list[tuple[UserObject | UserClass, dict[str, Value]]]:
    """The user objects and classes reachable from `variables` (through attributes, an object's class, the items of
    lists, tuples, dicts and containers of layers, the options of a value that is one of several), each with its
    attributes; those in `seen` are left out, and the others added to it. `holding` remembers which sequences hold
    none."""
    found: list[tuple[UserObject | UserClass, dict[str, Value]]] = []
    pending = list(variables.values())
    while pending:
        value = pending.pop()
        if id(value) in seen:
            continue
        if isinstance(value, (UserObject, UserClass)):
            seen.add(id(value))
            found.append((value, value.attributes))
            pending.extend(value.attributes.values())
            if isinstance(value, UserObject):
                pending.append(value.cls)
        elif isinstance(value, (Sequence, Container)) and value.items is not None and _holds_objects(value, holding):
            seen.add(id(value))
            pending.extend(value.items)
        elif isinstance(value, Alternatives):
            seen.add(id(value))
            pending.extend(value.options)
    return found


def _holds_objects(sequence: Sequence | Container, holding: MutableMapping[Sequence | Container, bool]) -> bool:
    """Whether a user object or class, or a value that is one of several, is among the items of `sequence` (or of a
    container of layers) or of the sequences and containers among them (remembered in `holding`: their items never
    change). A sequence of more than _MOST_SEARCHED items is taken to hold none: a list of ten thousand boxes grown
    one at a time would be read again at every change in place."""
    known = holding.get(sequence)
    if known is None:
        items = sequence.items or ()
        known = holding[sequence] = len(items) <= _MOST_SEARCHED and any(
            isinstance(item, (UserObject, UserClass, Alternatives))
            or (isinstance(item, (Sequence, Container)) and item.items is not None and _holds_objects(item, holding))
            for item in items
        )
    return known


def _closure_scopes(callables: list[Value]) -> list[Scope]:
    """The scopes whose variables the `callables` (see `_callables`) read when called (a closure's, the one a
    `functools.partial` calls)."""
    functions = callables + [
        value.wraps for value in callables if isinstance(value, Builtin) and value.wraps is not None
    ]
    return [function.scope for function in functions if isinstance(function, Function)]


def _kept_arguments(callables: list[Value]) -> list[tuple[Builtin, dict[str, Value]]]:
    """The `callables` (see `_callables`) that keep arguments to call with (`functools.partial`), each with them."""
    return [(value, value.bound) for value in callables if isinstance(value, Builtin) and value.bound is not None]


def _callables(values: list[Value]) -> list[Value]:
    """The functions and builtins among `values` and the items of their lists, tuples and dicts (nested)."""
    found: list[Value] = []
    pending = list(values)
    while pending:
        value = pending.pop()
        if isinstance(value, (Function, Builtin)):
            found.append(value)
        elif isinstance(value, Sequence) and len(value.items or ()) <= _MAX_SCANNED_ITEMS:
            pending.extend([*(value.items or ()), *value.prefix, value.element])
    return found


class _Frame:
    def __init__(self, function: Function, receiver: Value | None, scope: Scope | None = None) -> None:
        self.function = function
        self.receiver = receiver  # the first argument: what a zero-argument `super()` binds
        self.scope = scope  # its own variables
        self.returns: list[Value] = []
        self.yields: list[Value] = []  # what its `yield`s gave, when it is a generator
        self.lost = False  # a statement of its body failed to be interpreted: a binding may be missing
        self.reached: int | None = None  # the first line of the statement of its body being interpreted
        self.early: EarlyReturns | None = None  # the states its early returns left


@dataclass
class UnitRecords:
    """Where the interpreter records while it runs one module's code: its lines, bindings and issues."""

    lines: list[str]
    bindings: dict[tuple[int, int, str], Binding] = field(default_factory=dict)
    issues: dict[tuple[int, int], Issue] = field(default_factory=dict)


def module_scope(scope: Scope) -> Scope:
    """The module scope that `scope` is nested in."""
    return scope.chain()[-1]


class Interpreter:
    """Interprets one parsed unit; results are `bindings` (hint sites, hover values) and `issues`."""

    def __init__(
        self,
        tree: ast.Module,
        lines: list[str],
        runner: OpRunner,
        torch: Any,
        deadline: float,
        cancelled: Callable[[], bool],
        facts: FileFacts,
    ) -> None:
        self.tree = tree
        self._facts = facts
        self._stores: Stores = facts.stores  # the attribute and buffer names the code may set
        self._raising = RaisingBranches(facts.bound, tree, facts.stores.attributes)
        self._guarded = 0  # how many `try` / `with` bodies that may catch an exception are running
        self._undecided = 0  # how many branches of `if`s whose test is not known are running
        self._running_statements = RunningStatements()
        self._callee: ast.expr | None = None  # the callee expression of the call being evaluated
        self._next_argument: ast.expr | None = None  # the name `next(name)` being evaluated reads
        self._fresh_targets: set[int] = set()  # the names an assignment binds to what a call made right there
        self._catching: list[_Catch] = []  # the innermost last: where a `raise` statement's state goes
        self._raised_into_caller = 0  # how many `raise`s in called functions passed their state to a `try` around
        self._passed_as_int: dict[int, Value] = {}  # name nodes read where only an int is accepted: their sizes
        self._rebound: set[int] = set()  # the name targets of the running unpacking that a later target rebinds
        self.lines = lines
        self.runner = runner
        self.symbols: Symbols = runner.symbols
        self.torch = torch
        self.deadline = deadline
        self.cancelled = cancelled
        self.bindings: dict[tuple[int, int, str], Binding] = {}
        self.members: dict[tuple[int, int], Member] = {}  # attribute sites by (end line, end column)
        self.issues: dict[tuple[int, int], Issue] = {}
        self.calls = TorchCalls(self)
        self._functions: list[Function] = []
        self._called: set[int] = set()
        # call -> (result, whether it changed argument contents, what it read from outside itself, as it was)
        self._memo: dict[tuple, tuple[Value, bool, _Reads, int | None, _Reads]] = {}
        self._reads: list[_Reads] = []  # per call being interpreted: the variables and attributes it read
        self._memo_writes: dict[tuple, WriteLog] = {}  # call -> the writes it made that may shrink a list
        self._watches: list[NonEmptyWatch | WriteLog] = []  # what notes writes to variables and attributes now
        self._loop_labels: dict[tuple[int, str], str] = {}  # (loop, list) -> the name of its length
        self._shrinking_code: dict[int, bool] = {}  # function node id -> whether its code may shrink a list
        self._generators: dict[int, bool] = {}  # function node id -> whether it is a generator function
        self._prototypes: dict[int, UserObject] = {}
        self._tuple_lengths: dict[int, tuple[Sequence, SymDim]] = {}  # the tuple is kept, so its id stays its own
        self._open_rests: set[int] = set()  # functions interpreted with no call site: `*args`, `**kwargs` unknown
        self._in_progress: dict[tuple, int] = {}  # the memo keys of the calls being interpreted -> serial marks
        self._frames: list[_Frame] = []
        self._default_dtype = DefaultDtype(torch)  # restored when `run` ends
        self._default_dtype_unknown = set_elsewhere(tree)  # a mismatch of dtypes may then be none
        self._defaults = FunctionDefaults(lambda a, b: join(a, b, self.symbols))
        self._namespace_views = NamespaceViews()
        self._argument_aliases = ArgumentAliases()
        self._holding_objects: MutableMapping[Sequence | Container, bool] = WeakKeyDictionary()  # see _holds_objects
        # id of a value a name holds -> it, and what its aliases hold since it was changed in place (the joins
        # `_aliases_changed` gave them), so that its next change reaches them too
        self._aliases: dict[int, tuple[Value, list[Value]]] = {}
        self._top: Scope | None = None  # the module scope of the unit being run
        self._escaped: dict[int, int] = {}  # function node id -> calls that hand it to code not interpreted
        self.saved: dict[str, Value] = {}  # what torch.save wrote, by destination (see saved_files)
        self._added_to_torch: dict[str, Value] = {}  # `nn.MaskedLinear = MaskedLinear`: names the code gave torch
        self._speculative = False
        self._speculated: set[tuple[int, tuple[int, int, str]]] = set()  # (bindings id, key) first bound speculatively
        self._optional = 0  # while calling one option of several: an error there may not be the program's
        self._option_errors = 0  # how many torch calls failed on sizes while calling options (see _joined_calls)
        # per option of a call being joined: the depth of options it runs at, and the errors it met there
        self._option_reports: list[tuple[int, dict[tuple[int, int], _Report]]] = []
        self._building = 0  # how many user objects are being built (their __init__ is running)
        self.hooks = ForwardHooks()
        self._exits: list[bool] = []  # per loop being run: whether its `break` / `continue` leave (item by item)
        self._skips: list[_Skips] = []  # per loop being run as a fix-point: the states its `continue` statements left
        # the calls being interpreted and the item each loop run item by item is at: what tells apart two runs of
        # one assignment (see `_named_after`)
        self._instance: tuple[int, ...] = ()
        self._left_by: type[ast.stmt] | None = None  # the `break` or `continue` that ended the last iteration
        # the tests holding the exits of the `while` iteration being run; None once one of them was not decided
        self._exit_guards: set[int] | None = set()
        self.completed = False
        self.stopped_at: int | None = None  # the top-level statement the budget cut short (its first line)
        # the calls of this module's functions the budget cut short, innermost first: (definition, line reached)
        self.cut_calls: list[tuple[ast.AST, int | None]] = []
        self._notebook = False  # set by run(): bare expressions of notebook cells are hint sites
        self.checkpoints: list[Checkpoint] = []
        self.modules: Any = None  # the workspace modules imports may load (module_loader.ModuleLoader)
        self.argv: Value = UNKNOWN  # `sys.argv` where the program does not set it
        self.speculate = True  # interpret the functions no call site reached (see _interpret_uncalled)
        self.command_line_defaults: dict[str, int] = {}  # the int options of the unknown command lines parsed
        self.units: dict[int, UnitRecords] = {}  # module scope id -> records of that module's code
        self.internal_errors = InternalErrors(strict=strict_mode())

    # -- driver -------------------------------------------------------------------------------
    def run(self, cell_lines: Iterable[int] = (), resume: Checkpoint | None = None) -> None:
        """Interpret the module (from a checkpoint, if given), then the functions no call site reached.

        `cell_lines` are the first lines of notebook cells: the state before each is checkpointed, so an
        edit to one cell re-interprets that cell and the ones after it only.
        """
        with reporting_lost(self.lose), linking_containers(self._linked), self._default_dtype:
            self._run(cell_lines, resume)

    def _linked(self, operand: Value, joined: Value) -> None:
        """A name holding `joined` may hold the very object `operand` stands for: a change of either reaches the
        holders of the other (see _aliases_changed)."""
        if _mutable(operand) and _mutable(joined):
            self._link(operand, joined)
            self._link(joined, operand)

    def _link(self, held: Value, other: Value) -> None:
        """A change of `held` reaches the holders of `other` too (see _aliases_changed)."""
        others = self._aliases.get(id(held), (held, []))[1]
        if not any(each is other for each in others):
            self._aliases[id(held)] = (held, [*others, other])

    def lose(self, *options: Value) -> None:
        """Layers or functions a join dropped, or values code the engine does not follow was handed: that code may
        call them with any values, so what was inferred inside them does not stand (see _forget_escaped); not while
        speculating, which adds hints and never takes away those of real call sites."""
        if self._speculative:
            return
        for option in options:
            for node in code_of(option):
                self._escaped[id(node)] = self._escaped.get(id(node), 0) + 1

    def _run(self, cell_lines: Iterable[int], resume: Checkpoint | None) -> None:
        self._notebook = bool(cell_lines)
        body = self.tree.body
        lines = sorted(cell_lines) if self._notebook else statement_lines(body, len(self.lines))
        if resume is not None:
            module = self._top = self._restore(resume)
            body = [statement for statement in body if statement.lineno - 1 >= resume.line]
        else:
            module = self._top = Scope(None, (0, len(self.lines)))
            module.vars["__name__"] = Const("__main__")
        boundaries = [line for line in lines if resume is None or line > resume.line]
        self.units[id(module)] = UnitRecords(self.lines, self.bindings, self.issues)
        try:
            with self._running_statements.running(self._levels(), counted=not self._notebook):
                for statement in body:
                    while boundaries and statement.lineno - 1 >= boundaries[0]:
                        self._checkpoint(boundaries.pop(0), module)
                    self.stopped_at = first_line(statement)
                    self._tick()
                    if not self.exec_statement(statement, module):
                        break
                    self._default_dtype_set(statement, module)
            self.stopped_at = None
            if self.modules is not None:
                self._run_drivers(module)
            self._speculative = True
            for function in list(self._functions) if self.speculate else ():
                if (
                    id(function.node) not in self._called
                    and not self._escaped.get(id(function.node))
                    and module_scope(function.scope) is module
                ):
                    self._interpret_uncalled(function)
            self.completed = True
        except (BudgetExceeded, RecursionError):
            pass
        self._forget_escaped()

    def _default_dtype_set(self, statement: ast.stmt, module: Scope) -> None:
        """A top-level statement setting torch's default dtype sets it for the engine's own torch calls after it
        (see default_dtypes)."""
        call = setting_call(statement)
        if call is None:
            return
        parts = [call.func, *call.args, *(keyword.value for keyword in call.keywords)]
        if not all(reads_only(part) for part in parts) or any(isinstance(part, ast.Starred) for part in parts):
            self._default_dtype_unknown = True
            return
        args = [self.eval(argument, module) for argument in call.args]
        kwargs = {keyword.arg: self.eval(keyword.value, module) for keyword in call.keywords if keyword.arg}
        if (dtype := dtype_set(self.torch, self.eval(call.func, module), args, kwargs)) is not None:
            self._default_dtype.set(dtype)
        else:
            self._default_dtype_unknown = True

    def _run_drivers(self, module: Scope) -> None:
        """Interpret the workspace files that import this module: their calls into it are call sites too.
        A driver cut short by its share of the budget is undone (a join over part of its calls could be
        wrong); the analysis goes on without the drivers left."""
        for driver in self.modules.drivers():
            bindings, issues, called = dict(self.bindings), dict(self.issues), set(self._called)
            deadline = self.deadline
            self.deadline = min(deadline, work_clock.now() + self.modules.driver_budget(deadline))
            try:
                self.modules.run_driver(self, driver, module)
            except BudgetExceeded:
                # in place: the module's UnitRecords share these containers
                self.bindings.clear()
                self.bindings.update(bindings)
                self.issues.clear()
                self.issues.update(issues)
                self._called.clear()
                self._called.update(called)
                if self.cancelled() or work_clock.now() > deadline + self.symbols.setup_seconds:
                    raise
                return
            finally:
                self.deadline = deadline

    @contextlib.contextmanager
    def _within(self, part: int) -> Iterator[None]:
        """Interpret within one call (the id of its node) or one item of a loop run item by item (its index)."""
        outer = self._instance
        self._instance = (*outer, part)
        try:
            yield
        finally:
            self._instance = outer

    @contextlib.contextmanager
    def unit_of(self, scope: Scope) -> Iterator[None]:
        """Record in the module `scope` belongs to while its code runs (imported modules keep their own)."""
        unit = self.units.get(id(module_scope(scope)))
        if unit is None or unit.bindings is self.bindings:
            yield
            return
        saved = self.lines, self.bindings, self.issues
        self.lines, self.bindings, self.issues = unit.lines, unit.bindings, unit.issues
        try:
            yield
        finally:
            self.lines, self.bindings, self.issues = saved

    def note_stores(self, tree: ast.AST) -> None:
        """Code about to be interpreted: the attribute names it may set (see attribute_stores)."""
        self._stores = joined(self._stores, stores(tree))

    def may_set_attribute(self, name: str) -> bool:
        """Whether the code interpreted may set attribute `name` on some object."""
        return self._stores.attributes is None or name in self._stores.attributes

    def may_set_after_init(self, name: str) -> bool:
        """Whether the code interpreted may set attribute `name` other than by `self.name = ...` in an `__init__`."""
        return self._stores.after_init is None or name in self._stores.after_init

    def may_set_unreceived(self, name: str) -> bool:
        """Whether the code interpreted may set attribute `name` other than by `self.name = ...` in a method."""
        return self._stores.unreceived is None or name in self._stores.unreceived

    def model_every_call(self, function: Value) -> None:
        """`function` (a user function or method, or a `functools.partial` of one) was handed to code the engine
        models (a DataLoader's collate_fn, `map`), and the engine interpreted every call that code will make to it:
        what was inferred inside it stands."""
        handed, _ = self._handed_function(function)
        escapes = self._escaped.get(id(handed.node), 0) if handed is not None else 0
        if handed is not None and escapes:
            self._escaped[id(handed.node)] = escapes - 1

    def _forget_escaped(self) -> None:
        """Drop what was inferred inside functions handed to code the engine does not interpret (a
        DataLoader's collate_fn, a callback), and inside all they may call: that code may call them with other
        values (see escaping_code)."""
        escaped = [f.node for f in self._functions if self._escaped.get(id(f.node))]
        ids = reached(escaped, self._functions, lambda function, name: function.scope.get(name)) if escaped else ()
        positions = [_positions(f.node) for f in self._functions if id(f.node) in ids]
        spans = [(line - 1, end_line - 1) for line, _, end_line, _ in positions]
        if spans:
            self.bindings = {
                key: b for key, b in self.bindings.items() if not any(start <= b.line <= end for start, end in spans)
            }

    def _checkpoint(self, line: int, module: Scope) -> None:
        """Keep the state before `line`, when it can be kept (see checkpoints): never once a forward hook is on a
        module (a copy of the module would be another object, without the hook)."""
        if not self.symbols.untouched() or self.hooks.any():
            return
        try:
            copies = copied(
                [module.vars, self.saved, self._added_to_torch, self._defaults.table], module, self._stores.attributes
            )
        except Uncopyable:
            return
        variables, saved, added, defaults = copies.tables
        self.checkpoints.append(
            Checkpoint(
                line,
                prefix_hash(self.lines, line),
                self._facts,
                module,
                variables,
                saved,
                added,
                defaults,
                self._stores,
                set(self.calls.unknown_floats),
                dict(self.calls.modes.layers),
                copies.valid,
                dict(self.bindings),
                dict(self.members),
                dict(self.issues),
                list(self._functions),
                set(self._called),
                dict(self._escaped),
                self.torch.get_default_dtype(),
            )
        )

    def _restore(self, checkpoint: Checkpoint) -> Scope:
        """Resume at a checkpoint: its module scope, holding a fresh copy of the variables kept, and the tensor
        contents valid there valid again (the memo of calls is not kept: what a call read may have changed)."""
        module: Scope = checkpoint.module
        module.span = (0, len(self.lines))
        copies = copied(
            [checkpoint.variables, checkpoint.saved, checkpoint.added_to_torch, checkpoint.defaults],
            module,
            checkpoint.stores.attributes,
        )
        module.vars, self.saved, self._added_to_torch, defaults = copies.tables
        self._defaults.restore(defaults)
        for literal in checkpoint.valid:
            literal.intact = True
        self._stores = checkpoint.stores
        self.calls.unknown_floats = set(checkpoint.unknown_floats)
        self.calls.modes.layers = dict(checkpoint.mode_changed)
        self.bindings = dict(checkpoint.bindings)
        self.members = dict(checkpoint.members)
        self.issues = dict(checkpoint.issues)
        self._functions = list(checkpoint.functions)
        self._called = set(checkpoint.called)
        self._escaped = dict(checkpoint.escaped)
        self._default_dtype.set(checkpoint.default_dtype)
        self.checkpoints = [c for c in checkpoint.earlier if c.line < checkpoint.line] + [checkpoint]
        return module

    def _tick(self) -> None:
        if work_clock.now() > self.deadline + self.symbols.setup_seconds or self.cancelled():
            raise BudgetExceeded

    # -- recording ----------------------------------------------------------------------------
    def _column(self, line: int, byte_col: int) -> int:
        text = self.lines[line] if 0 <= line < len(self.lines) else ""
        return len(text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))

    def record(self, node: ast.expr | ast.arg, name: str, value: Value, scope: Scope, hint: bool = True) -> None:
        """Remember that `name` (ending at `node`'s end) holds `value`; join with earlier visits."""
        _, _, end_line, end_column = _positions(node)
        line = end_line - 1
        column = self._column(line, end_column)
        key = (line, column, name)
        existing = self.bindings.get(key)
        if self._speculative and existing is None:
            self._speculated.add((id(self.bindings), key))
        if existing is not None:
            if self._speculative and (id(self.bindings), key) not in self._speculated:
                return  # a real call site's value: speculation adds hints, never changes them
            with reporting_lost(None):  # what the name held, summed up: the program still holds each value
                value = joined_visits(existing.value, value, self.symbols)
        self.bindings[key] = Binding(name, line, column, value, scope.span, hint)

    def span(self, node: ast.AST) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of a node, in characters."""
        line, column, end_line, end_column = _positions(node)
        return line - 1, self._column(line - 1, column), end_line - 1, self._column(end_line - 1, end_column)

    def report(
        self,
        node: ast.AST,
        op: str,
        error: OpError,
        args: list[Value],
        related: Iterable[tuple[int, str]] = (),
        module: TorchModule | None = None,
    ) -> None:
        """Record a failing torch call at `node`; `related` names the lines its operands came from. An op that
        had to decide something about a size nothing tells (`len(chars)`) is the engine's limit, not an error, and
        so is one in a single option of several (`Alternatives`; see _joined_calls for one in each)."""
        if "data-dependent" in error.message or (self._default_dtype_unknown and _DTYPES.search(error.message)):
            return
        line = node_line(node) or 0
        key = (line, getattr(node, "col_offset", 0))
        if self._optional:
            if not _TYPE_OR_DEVICE.search(error.message):  # a dtype may be right under autocast: sizes only
                self._option_errors += 1
                if self._option_reports and self._option_reports[-1][0] == self._optional:
                    self._option_reports[-1][1].setdefault(key, (node, op, error, args, tuple(related), module))
            return
        if self._running_statements.stopped():
            return
        tensors = tensors_in(args)
        weights = list(module.module.parameters()) if module is not None else []
        concrete = all(all(isinstance(d, int) for d in a.shape) for a in [*tensors, *weights]) and not any(
            _symbolic_size(a) for a in args
        )
        sources = [*related, *((a.defined_at, " → ".join(a.origin[-2:])) for a in tensors)]
        seen: dict[int, str] = {}
        for source_line, label in sources:
            if source_line is not None and source_line != line and source_line not in seen:
                seen[source_line] = label
        end_line = (getattr(node, "end_lineno", None) or line + 1) - 1
        issue = Issue(
            line,
            self._column(line, getattr(node, "col_offset", 0)),
            end_line,
            self._column(end_line, getattr(node, "end_col_offset", 0) or 0),
            op,
            error,
            concrete,
            [self.symbols.render_shape(a.shape) for a in tensors],
            sorted(seen.items()),
            suggest(node, error.message, args, module, self.span),
            module,
            self._undecided > 0,
        )
        earlier = self.issues.get(key)
        if earlier is None or not earlier.sure or issue.sure:
            # a call here that surely raised is not hidden by a later one that may not (other arguments)
            self.issues[key] = issue
        if issue.sure and not error.assuming:
            generators = [i for i, frame in enumerate(self._frames) if self._is_generator(frame.function.node)]
            self._running_statements.raised(self._levels(), generators[-1] if generators else None)

    # -- statements ---------------------------------------------------------------------------
    def exec_block(self, body: list[ast.stmt], scope: Scope, frame: _Frame | None = None) -> bool:
        """Interpret statements in order; False once a `return` ended the block (`frame`'s body: noted as reached)."""
        for statement in body:
            if frame is not None:
                frame.reached = first_line(statement)
            self._tick()
            if not self.exec_statement(statement, scope):
                return False
        return True

    def exec_statement(self, node: ast.stmt, scope: Scope) -> bool:
        """Interpret one statement; False when it is a `return`. A statement the engine cannot model is
        skipped, never allowed to stop the analysis."""
        handler = getattr(self, f"_stmt_{type(node).__name__}", None)
        if handler is None:
            return True
        if self._catching:
            self._may_raise_here(node, scope)
        try:
            with self._running_statements.running(self._levels()):
                return handler(node, scope) is not False
        except BudgetExceeded:
            raise
        except Exception as error:  # noqa: BLE001 counted, and raised in strict mode, by InternalErrors
            if self._frames:
                self._frames[-1].lost = True
            self.internal_errors.record(error)
            return True

    def _levels(self) -> Levels:
        """What stands between the statement or call running now and the module: see RunningStatements."""
        return (self._undecided, self._guarded, self._exits.count(False), len(self._frames))

    def _stmt_Expr(self, node: ast.Expr, scope: Scope) -> None:
        value = self.eval(node.value, scope)
        if self._notebook and scope.parent is None:
            # a notebook displays a cell's bare expression: a tensor's shape (or a tensor's own `.shape` /
            # `.size()`, which is that shape) becomes a hint at the end of the line
            shown = self._size_owner(node.value, scope) if not isinstance(value, TensorValue) else value
            if shown is not None:
                self.record(node.value, ast.unparse(node.value), shown, scope)

    def _size_owner(self, node: ast.expr, scope: Scope) -> TensorValue | None:
        """The tensor whose torch.Size `node` is (`t.shape`, `t.size()`), else None."""
        if isinstance(node, ast.Call) and not node.args and not node.keywords:
            node = node.func
            if not (isinstance(node, ast.Attribute) and node.attr == "size"):
                return None
        elif not (isinstance(node, ast.Attribute) and node.attr == "shape"):
            return None
        assert isinstance(node, ast.Attribute)
        owner = self.eval(node.value, scope)
        return owner if isinstance(owner, TensorValue) else None

    def _stmt_Assign(self, node: ast.Assign, scope: Scope) -> bool:
        value = self.eval(node.value, scope)
        made = isinstance(node.value, ast.Call)  # an iterator made by the call is held by its names only
        self._fresh_targets = {id(target) for target in node.targets if made}
        try:
            for target in node.targets:
                if failed_unpacks.surely_fails(target, value):
                    return self._lives_past_raise()
                self.bind(target, self._named_after(target, value), scope)
        finally:
            self._fresh_targets = set()
        return True

    def _stmt_AnnAssign(self, node: ast.AnnAssign, scope: Scope) -> None:
        if node.value is not None:
            self.bind(node.target, self._named_after(node.target, self.eval(node.value, scope)), scope)
        else:
            annotated = self._annotated_tensor(node.annotation, None)
            if annotated is not None:
                self.bind(node.target, annotated, scope)

    def _named_after(self, target: ast.expr, value: Value, site: ast.AST | None = None) -> Value:
        """An int whose value is unknown, assigned to a name (`vocab_size = len(chars)`) or passed to a parameter: a
        size named after it, one per run of the assignment (`site`, else the target itself, in each call being
        interpreted and at each item of a loop run item by item); an int known by its bounds
        (`start = random.randint(0, n)`) keeps them and takes the name."""
        if isinstance(value, SymDim) and isinstance(target, ast.Name):
            self.symbols.name_bounded(value.value, target.id)
        if isinstance(value, Scalar) and value.kind is int:
            where = (id(site if site is not None else target), self._instance)
            if isinstance(target, ast.Name):
                return self.named_size(target.id, site=where)
            if isinstance(target, ast.Attribute):
                return self.named_size(target.attr, site=where)
        return value

    def named_size(self, label: str, default: int | None = None, site: Hashable | None = None) -> Value:
        """The size named `label` (`default`: the value the program declares for it when nobody sets it; `site`:
        the run of the assignment that gives it, where two of one name are two sizes); an unknown int while symbolic
        sizes are not available."""
        try:
            return SymDim(self.symbols.named_unknown(label, default, site))
        except SymbolsDeferred:
            return Scalar(int)

    def unknown_size(self, source: ast.expr | None, probeless: bool = False) -> Value:
        """The size an unknown int read by `source` stands for: the size named after the variable (`n`), attribute
        (`self.n`, `cfg.n`) or string key (`config["n"]`) it reads, else a fresh one (`probeless`: without a probe
        value, as a layer's sizes must be, see symbolic_layers); an unknown int while symbolic sizes are not
        available."""
        label = _read_label(source)
        if label is not None:
            size = self.named_size(label)
            if isinstance(source, (ast.Name, ast.Attribute)):
                self._passed_as_int[id(source)] = size
            return size
        operand = int_operand(source)
        if operand is not None:
            read = self.unknown_size(operand.read)
            if isinstance(read, SymDim):
                return SymDim(operand.apply(read.value))
        try:
            return SymDim(self.symbols.named_unknown(None) if probeless else self.symbols.unknown())
        except SymbolsDeferred:
            return Scalar(int)

    def _ints_proven(self, node: ast.Call, scope: Scope) -> None:
        """A variable (or a user object's attribute) of unknown value passed to the call where only an int is
        accepted (`nn.Linear(n, self.dim)`, `torch.zeros(n, 3)`): a run that goes on passed an int, so from here on
        it holds the size named after it (not where a `try` may catch the error)."""
        if not self._passed_as_int:  # most calls pass no such value: nothing to look up
            return
        written = [*node.args, *(k.value for k in node.keywords)]
        written = [*written, *(e for w in written if isinstance(w, (ast.Tuple, ast.List)) for e in w.elts)]
        for name in [*written, *(o.read for w in written if (o := int_operand(w)) is not None)]:
            size = self._passed_as_int.pop(id(name), None)
            if size is None or self._guarded:
                continue
            held = self._stored_value(name, scope)
            if held is UNKNOWN or (isinstance(held, Scalar) and held.kind is int):
                self._rebind(name, size, scope, may_shrink=False)

    def _stored_value(self, target: ast.expr, scope: Scope) -> Value | None:
        """What a variable, or an attribute a user object holds (`self.dim`), holds now; None for other
        expressions."""
        if isinstance(target, ast.Name):
            return scope.get(target.id)
        if not isinstance(target, ast.Attribute):
            return None
        owner = self.eval(target.value, scope)
        return owner.attributes.get(target.attr) if isinstance(owner, UserObject) else None

    def tuple_length(self, value: Sequence) -> Value:
        """The length of a tuple whose length is unknown: the same size every time it is asked of that tuple (it
        cannot change), named after the first variable it is assigned to; an unknown int while symbolic sizes are
        not available."""
        known = self._tuple_lengths.get(id(value))
        if known is None:
            try:
                known = self._tuple_lengths[id(value)] = (value, SymDim(self.symbols.unnamed_length()))
            except SymbolsDeferred:
                return Scalar(int)
        return known[1]

    def _stmt_AugAssign(self, node: ast.AugAssign, scope: Scope) -> None:
        current = self.eval(_as_load(node.target), scope)
        if isinstance(node.op, ast.Add) and _is_module_list(current):  # ModuleList.__iadd__ is `extend`
            self._mutate(
                BoundMethod(current, "extend"), [self.eval(node.value, scope)], {}, _as_load(node.target), scope
            )
            return
        forget_contents([current])  # `x += 1` changes a tensor in place
        value = self.augmented(type(node.op), current, self.eval(node.value, scope), node)
        extends = isinstance(node.op, ast.Add) and isinstance(current, Sequence) and current.kind == "list"
        self.bind(node.target, value, scope, may_shrink=not extends)  # `xs += ys` extends list xs in place
        if not isinstance(current, TensorValue):  # `xs += [x]` extends the list every other name for it holds
            self._aliases_changed(current, value, scope, ({}, ""))

    def augmented(self, op: type, current: Value, operand: Value, node: ast.AST) -> Value:
        """What `current op= operand` binds: a tensor's in-place method's result (see in_place_operators), else the
        binary operator's."""
        pairs = numbers_or_tensors.options_of(current, operand)
        if pairs is not None:
            return self._each_option([partial(self.augmented, op, a, b, node) for a, b in pairs])
        method = in_place_operators.METHODS.get(op)
        if (
            isinstance(current, TensorValue)
            and method is not None
            and isinstance(operand, (TensorValue, Const, Scalar, SymDim))
        ):
            return self.calls.tensor_method(current, method, [operand], {}, node)
        return self.binary(op, current, operand, node)

    def _stmt_Return(self, node: ast.Return, scope: Scope) -> bool:
        value = self.eval(node.value, scope) if node.value is not None else Const(None)
        if self._frames:
            frame = self._frames[-1]
            frame.returns.append(value)
            if frame.early is not None and frame.scope is not None and not frame.early.ends_body(node):
                frame.early.returned(self._states(frame.scope, value))
        return False

    def _stmt_Raise(self, node: ast.Raise, scope: Scope) -> bool:
        """A `raise` ends the block. Where a `try` or a `with` around it may catch the exception, the state of its
        scope here is one its handlers (or the code after the `with`) start from; a `raise` in a loop of that scope,
        in a generator, or in a loop interpreted as a fix-point (where a `break` or `continue` before it ends
        nothing), is taken to go on."""
        catch = self._catching[-1] if self._catching else None
        if catch is not None and self._ends_in(catch, scope):
            catch.raised.append((dict(catch.scope.vars), catch.objects.current()))
            self._raised_into_caller += catch.scope is not scope
            return False
        return self._lives_past_raise()

    def _may_raise_here(self, node: ast.stmt, scope: Scope) -> None:
        """A statement of a `try` body (or of a `with contextlib.suppress(...)`) is about to run in that body's own
        scope: any statement may raise (a call of code the engine does not see, an interrupt), so the state here is
        one the handlers may start from, as the states `raise` statements leave are, unless they catch only what
        operations raise and the statement surely raises nothing (see quiet_statements). A `with` over another
        manager the engine does not know is taken to swallow only what its body raises by a `raise` statement."""
        quiet = cache(lambda: pure_outcome(node, lambda part: self.eval(part, scope)) == (True, None))
        for catch in self._catching:
            if catch.scope is not scope or not catch.implicit or (catch.quiet and quiet()):
                continue
            state = (dict(scope.vars), catch.objects.current())
            if not catch.raised or not _same_state(catch.raised[-1], state):
                catch.raised.append(state)

    def _ends_in(self, catch: _Catch, scope: Scope) -> bool:
        """Whether a `raise` run in `scope` surely passes to `catch`'s handlers with the state of `catch`'s scope as
        it is now: raised in the body itself outside loops, or in a function called there (the caller's variables
        are as they were before the call) through no loop run as a fix-point and no generator, whose body runs
        when it is iterated."""
        if catch.scope is scope:
            return catch.loops == len(self._exits)
        callees = self._frames[catch.calls :]
        return (
            bool(callees)
            and callees[-1].scope is scope
            and all(self._exits[catch.loops :])
            and not any(self._is_generator(frame.function.node) for frame in callees)
        )

    @contextlib.contextmanager
    def _catching_raises(self, scope: Scope, implicit: bool, quiet: bool = False) -> Iterator[_Catch]:
        """Run a `try` or `with` body that may catch what it raises, collecting the states its `raise` statements
        leave (see `_stmt_Raise`), and with `implicit` those before each of its statements (see `_may_raise_here`;
        `quiet`: its handlers catch only what operations raise)."""
        catch = _Catch(scope, self._states(scope), len(self._exits), len(self._frames), implicit, quiet=quiet)
        self._guarded += 1
        self._catching.append(catch)
        try:
            yield catch
        finally:
            self._catching.pop()
            self._guarded -= 1

    def _joined_with_raised(self, scope: Scope, catch: _Catch, ended: bool) -> bool:
        """The state after a body that may have ended at its `raise` statements: the join of its end (if it ends
        normally) and those; whether any of them goes on."""
        states = [(scope.vars, catch.objects.current())] if ended else []
        states += catch.raised
        if not states:
            return False
        scope.vars = states[0][0]
        catch.objects.set(states[0][1])
        for other, others in states[1:]:
            self._merge(scope, other, catch.objects, others)
        return True

    def _lives_past_raise(self) -> bool:
        """Whether the block goes on past an exception raised here (see _stmt_Raise)."""
        return self._guarded > 0 or (bool(self._exits) and not self._exits[-1])

    def _stmt_If(self, node: ast.If, scope: Scope) -> bool:
        test = self.condition(node.test, scope)
        if isinstance(test, Const):
            try:
                return self._exec_branch(node.body if test.value else node.orelse, scope)
            except Exception as error:
                if isinstance(error, BudgetExceeded):
                    raise
        if self._exit_guards and id(node.test) in self._exit_guards:
            self._exit_guards = None  # the `while` iteration running this test cannot tell where it goes
        before = dict(scope.vars)
        objects = self._states(scope)
        when_true, when_false = none_tests(node.test, scope.vars)
        classes = self._classes_tested(node.test, scope)
        attribute = attribute_none_test(node.test, lambda target: self._stored_value(target, scope))
        scope.vars.update(when_true)
        sizes = size_tests(node.test)
        self._sized(sizes[0], scope)
        strings = string_tests(node.test, lambda target: self.eval(target, scope))
        if strings is not None:
            self._narrow_string(strings[0], strings[1], scope)
        self._non_empty(non_empty_lists(node.test, lambda bound: self._known_int(bound, scope))[0], node, scope)
        self._narrowed(classes, 0, scope)
        if attribute is not None:
            self._rebind_in_branch(attribute[0], attribute[1], scope)
        body_continues = self._exec_undecided(node.body, scope)
        after_body, objects_after_body = scope.vars, objects.current()
        scope.vars = {**before, **when_false}
        objects.set(objects.saved)
        self._narrowed(classes, 1, scope)
        self._sized(sizes[1], scope)
        if attribute is not None:
            self._rebind_in_branch(attribute[0], attribute[2], scope)
        if strings is not None and isinstance(strings[0], ast.Attribute):
            self._rebind_in_branch(strings[0], strings[2], scope)
        else_continues = self._exec_undecided(node.orelse, scope)
        if not body_continues:
            return else_continues
        if not else_continues:
            scope.vars = after_body
            objects.set(objects_after_body)
            return True
        self._merge(scope, after_body, objects, objects_after_body)
        return True

    def _classes_tested(self, test: ast.expr, scope: Scope) -> tuple[ast.Name | ast.Attribute, tuple] | None:
        """For `isinstance(x, C)` (or its `not`) on a layer that is one of several: x, and what x is where the test
        holds and where it fails."""
        negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        args = builtin_call_args(test.operand if isinstance(test, ast.UnaryOp) and negated else test, "isinstance", 2)
        if not (args and isinstance(args[0], (ast.Name, ast.Attribute)) and scope.get("isinstance") is None):
            return None
        sides = options_by_class(self.eval(args[0], scope), self.eval(args[1], scope))
        if sides is None:
            return None
        return args[0], (sides[1], sides[0]) if negated else sides

    def _narrowed(self, tested: tuple[ast.Name | ast.Attribute, tuple] | None, side: int, scope: Scope) -> None:
        """In a branch of an `isinstance` test, the layer tested is the options that reach that branch."""
        if tested is not None and tested[1][side] is not None:
            self._rebind_in_branch(tested[0], tested[1][side], scope)

    def _known_int(self, node: ast.expr, scope: Scope) -> int | None:
        """The value of an expression that only reads, when it is a known int."""
        if not reads_only(node):
            return None
        value = self.eval(node, scope)
        return value.value if isinstance(value, Const) and type(value.value) is int else None

    def _non_empty(self, targets: list[ast.Name | ast.Attribute], test: ast.If, scope: Scope) -> None:
        """In the branch where `test` proved them non-empty, the lists of unknown length `targets` name get a length
        named after them (`memory`, or `memory_2` where another test or loop named one so): a local variable, or
        an object's attribute (what the `if` joins again after the branch)."""
        for target in targets:
            value = self.eval(target, scope)
            if not (isinstance(value, Sequence) and value.kind == "list" and value.items is None) or value.length:
                continue
            name = target.id if isinstance(target, ast.Name) else target.attr
            size = self.named_size(length_label(self._loop_labels, id(test), name))
            if isinstance(size, SymDim):
                self._rebind_in_branch(target, replace(value, length=size.value), scope)

    def _exec_undecided(self, body: list[ast.stmt], scope: Scope) -> bool:
        """Run a branch of an `if` whose test is not known (what the issues it finds record, see Issue)."""
        self._undecided += 1
        try:
            return self._exec_branch(body, scope)
        finally:
            self._undecided -= 1

    def _narrow_string(self, target: ast.Name | ast.Attribute, value: Value, scope: Scope) -> None:
        """Where a test of an unknown string against constants held, it is one of them: a variable (bound in
        this scope), or an attribute (`args.dataset`)."""
        if isinstance(target, ast.Name):
            scope.vars[target.id] = value
        else:
            self._rebind_in_branch(target, value, scope)

    def _rebind_in_branch(self, target: ast.Name | ast.Attribute, value: Value, scope: Scope) -> None:
        """What a test proved of `target` in one branch of an `if`: a local variable or an object's attribute (what
        the `if` joins again after the branch); a name of an enclosing scope is left as it is."""
        if isinstance(target, ast.Name) and scope.holder(target.id) is not scope:
            return
        self._rebind(target, value, scope, may_shrink=False)

    def _exec_branch(self, block: list[ast.stmt], scope: Scope) -> bool:
        """Interpret a branch of an `if`; False when it ends the block (a `return`) or surely raises, and then what
        a `return` in it gave is no value the function returns."""
        raises = self._surely_raises(block)
        returned = len(self._frames[-1].returns) if self._frames else 0
        continues = self.exec_block(block, scope)
        if raises and self._frames:
            del self._frames[-1].returns[returned:]
        return continues and not raises

    def _surely_raises(self, block: list[ast.stmt]) -> bool:
        """Whether `block` surely raises where nothing can catch the exception and live on with its state."""
        if self._raising is None or self._guarded or any(self._is_generator(f.function.node) for f in self._frames):
            return False
        return self._raising.surely_raises(block)

    def _is_generator(self, definition: ast.AST) -> bool:
        """Whether a function is a generator function, its body walked once per analysis."""
        known = self._generators.get(id(definition))
        if known is None:
            known = self._generators[id(definition)] = is_generator(definition)
        return known

    def _states(self, scope: Scope, *also: Value) -> ObjectStates:
        """The state a branch or a loop run in `scope` may change besides `scope`'s own variables: the attributes of
        the user objects visible from it (and from `also`) and the variables of the other running scopes."""
        enclosing = [each for each in self._running_scopes(scope) if each is not scope]
        return ObjectStates([*self._visible_values(scope), *also], enclosing)

    def _running_scopes(self, scope: Scope) -> list[Scope]:
        """`scope`, the scopes enclosing it and those of the calls being run and theirs, each once: the scopes whose
        variables a change made now may write."""
        scopes = {id(each): each for each in scope.chain()}
        for frame in self._frames:
            if frame.scope is not None:
                scopes.update((id(each), each) for each in frame.scope.chain())
        return list(scopes.values())

    @staticmethod
    def _visible_values(scope: Scope) -> list[Value]:
        """The values of every variable visible from `scope` (its own and its enclosing scopes')."""
        return [value for each in scope.chain() for value in each.vars.values()]

    def truth(self, value: Value) -> Value:
        """A condition's value when Python's truth of it is known (`if self.downsample:` on a layer or on None; a
        function, a `functools.partial` or a bound method is true)."""
        if isinstance(value, (TorchModule, Function, UserClass, Builtin, BoundMethod)) or (
            isinstance(value, TorchRef) and (callable(value.obj) or isinstance(value.obj, ModuleType))
        ):
            return Const(True)
        if isinstance(value, Container) or (isinstance(value, Sequence) and value.items is not None):
            return Const(bool(value.items))
        if isinstance(value, Modelled) and value.truth_value() is not None:
            return Const(value.truth_value())
        if isinstance(value, UserObject) and enums.is_member(value):
            return enums.truth(value)
        if isinstance(value, UserObject) and not any(
            self._find_method(value.cls, name) is not None for name in ("__bool__", "__len__")
        ):
            return Const(True)
        return value

    def module_variables(self) -> dict[str, Value]:
        """The module's global variables as they are now (what `globals()` holds)."""
        variables = self._top.vars if self._top is not None else {}
        return {name: value for name, value in variables.items() if name != command_line.ARGV}

    def command_line(self) -> Value:
        """What the program set `sys.argv` to, else what it is taken to be (unknown unless `argv` says)."""
        if self._top is None:
            return self.argv
        self._read(self._top, command_line.ARGV)
        return self._top.vars.get(command_line.ARGV, self.argv)

    def parsed_unknown_command_line(self, defaults: dict[str, int]) -> None:
        """Note that `parse_args()` read a command line the engine does not know, whose int options default so."""
        self.command_line_defaults.update(defaults)

    def caller(self) -> tuple[Function | None, Value | None]:
        """The user function being interpreted and its first argument (what a zero-argument `super()` reads)."""
        frame = self._frames[-1] if self._frames else None
        return (frame.function, frame.receiver) if frame is not None else (None, None)

    def unroll_limit(self) -> int:
        """How many items a loop over a known iterable may have to run once per item."""
        return MAX_BUILD_UNROLL if self._building else MAX_UNROLL

    def _merge(self, scope: Scope, other: dict[str, Value], objects: ObjectStates, others: Attributes) -> None:
        """Merge another path's variables and object attributes (`other`, `others`) into this path's, as one
        state."""
        merged = join_states([(other, scope.vars), *objects.paired_with(others)], self.symbols)
        scope.vars = merged[0]
        objects.set_merged(merged[1:])

    def _stmt_For(self, node: ast.For, scope: Scope) -> bool:
        iterable = self.iterated(self.eval(node.iter, scope))
        items = self.iteration_items(iterable)
        if (
            items is not None
            and (
                len(items) <= self.unroll_limit()
                or (
                    len(items) <= MAX_BOOKKEEPING_UNROLL
                    and bookkeeping_only(node.body, lambda call: self._calls_bookkeeping(call, scope))
                )
                or (len(items) <= MAX_BUILD_UNROLL and all(map(_is_layer_item, items)))
                or (len(items) <= MAX_BOOKKEEPING_UNROLL and all(map(_is_layer_item, items)) and not _runs_target(node))
                or (len(items) <= MAX_BUILD_UNROLL and self._handles_layers(node, scope))
            )
            and (not skips_items(node.body) or self._exits_decided(node, items, scope))
        ):
            self._exits.append(True)
            try:
                for index, item in enumerate(items):
                    self.bind(node.target, item, scope)
                    self._left_by = None
                    with self._within(index):
                        continues = self.exec_block(node.body, scope)
                    left_by, self._left_by = self._left_by, None
                    if left_by is ast.Break:
                        return True
                    if not continues and left_by is None:
                        return False  # this item's iteration returned (or raised): nothing after it runs
            finally:
                self._exits.pop()
        else:
            first = self.iteration_element(iterable)
            lists = appended_each_iteration(node.body) if isinstance(iterable, Loader) else []
            empty = {name for name in lists if is_empty_list(scope.get(name))}
            count = iteration_count(self.symbols, iterable)
            if count is None and isinstance(iterable, Range):
                count = self._named_range(node.iter, scope)
            counted, nested = counted_lists(
                node.body, node.target, count, scope, lambda it: self._pass_count(it, scope)
            )
            watch = self._loop(
                lambda: self.bind(node.target, loop_int(self, iterable, first, node.target), scope),
                node.body,
                scope,
                count is not None or yields_one_at_least(self.symbols, iterable),
            )
            for name, length in counted.items():  # as many items a pass, each pass
                unchanged = all(still_counted(watch, it, name, scope) for it in [node.iter, *nested])
                filled = with_count(self, scope.get(name), length) if unchanged else None
                if filled is not None:
                    self._rebind(ast.Name(name, ast.Load()), filled, scope, may_shrink=False)
            last = last_batch(iterable, node.body, self.calls.empty)
            if last is not None:  # the loop ran: after it, its variables hold what the last batch gave them
                self.bind(node.target, last, scope)
                self.exec_block(node.body, scope)
            if isinstance(iterable, Loader):
                for name in empty:
                    self._fill_per_batch(name, iterable, scope)
        return self.exec_block(node.orelse, scope)

    def _handles_layers(self, node: ast.For, scope: Scope) -> bool:
        """Whether a loop's body builds layers (`nn.Conv2d(...)`, a user module class) or calls the layer its target
        picks from a container or a dict of layers (`self.vgg[k](x)`, `self._modules[name](x)`): the loop builds or
        runs a model's structure, so it is unrolled as far as building one is."""
        target = node.target.id if isinstance(node.target, ast.Name) else None
        if self._builds_layers(node.body, scope):
            return True
        for call in (n for statement in node.body for n in ast.walk(statement)):
            if not isinstance(call, ast.Call):
                continue
            if not (isinstance(call.func, ast.Subscript) and _is_reference(call.func.value)):
                continue
            index = call.func.slice
            if isinstance(index, ast.Name) and index.id == target and _holds_layers(self.eval(call.func.value, scope)):
                return True
        return False

    def _builds_layers(self, parts: list[ast.stmt] | list[ast.expr], scope: Scope) -> bool:
        """Whether code calls a layer class (`nn.Conv2d(...)`, a user module class) by name."""
        calls = (n for part in parts for n in ast.walk(part) if isinstance(n, ast.Call))
        return any(_is_reference(c.func) and self._is_layer_class(self._callee_of(c, scope)) for c in calls)

    def _comprehension_limit(self, scope: Scope, *parts: ast.expr) -> int:
        """How many items a comprehension may be unrolled into: as many as a loop in its place whose body would
        be its parts (`[Block(i) for i in range(n)]` builds a model's structure as such a loop does), more when
        its parts run no op or only keep books (calling user functions that only keep books among them)."""
        limit = max(
            _comprehension_limit(lambda call: self._calls_bookkeeping(call, scope), *parts), self.unroll_limit()
        )
        return max(limit, MAX_BUILD_UNROLL) if self._builds_layers(list(parts), scope) else limit

    def _calls_bookkeeping(self, call: ast.Call, scope: Scope) -> bool:
        """Whether a call names a user function (or lambda) that only keeps books."""
        if not isinstance(call.func, ast.Name):
            return False
        callee = self._callee_of(call, scope)
        return isinstance(callee, Function) and callee.owner is None and bookkeeping_function(callee.node)

    def _is_layer_class(self, value: Value) -> bool:
        """Whether calling `value` builds a layer: a torch module class or a user class derived from one."""
        if isinstance(value, TorchRef):
            return isinstance(value.obj, type) and issubclass(value.obj, self.torch.nn.Module)
        return isinstance(value, UserClass) and self._is_module_class(value)

    def _exits_decided(self, node: ast.For, items: list[Value], scope: Scope) -> bool:
        """Whether every item decides each test on the way to the body's `break` and `continue` statements, so that
        running the loop item by item leaves each iteration where Python does."""
        guards = exit_guards(node.body)
        plain = (ast.Name, ast.Tuple, ast.List, ast.expr_context)
        if guards is None or not all(isinstance(n, plain) for n in ast.walk(node.target)):
            return False
        handed = handed_reads(guards, node.body, {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)})
        if handed is None:
            return False
        for item in items:
            trial = Scope(scope, scope.span)
            self.bind(node.target, item, trial, hint=False)
            held = [trial.get(name) for name in handed]
            if any(value is None or value is UNKNOWN or _mutable(value) for value in held):
                return False
            if not all(isinstance(self.truth(self.eval(test, trial)), Const) for test in guards):
                return False
        return True

    def _stmt_Continue(self, node: ast.Continue | ast.Break, scope: Scope) -> bool:
        """In a loop run item by item, `continue` ends the iteration and `break` the loop; in a loop interpreted as a
        fix-point, which joins every path through its body, `break` ends nothing and `continue` what `_skipped` says."""
        if not (self._exits and self._exits[-1]):
            return not (isinstance(node, ast.Continue) and self._skipped(scope))
        self._left_by = type(node)
        return False

    def _skipped(self, scope: Scope) -> bool:
        """A `continue` of a loop run as a fix-point, outside the `try` bodies the loop holds, takes its state to the
        loop's start (where the pass joins it) and runs nothing after it; False where it is run as going on."""
        skips = self._skips[-1] if self._skips else None
        if skips is None or skips.states is None or skips.guarded != self._guarded:
            return False
        skips.states.append((dict(scope.vars), skips.objects.current()))
        return True

    _stmt_Break = _stmt_Continue

    def _fill_per_batch(self, name: str, loader: Loader, scope: Scope) -> None:
        """After a loop over `loader` that appended to list `name` once per batch: its items, batch by batch."""
        filled = scope.get(name)
        if not isinstance(filled, Sequence):
            return
        element = filled.items[-1] if filled.items else filled.element
        items = per_batch_items(element, loader, self.calls.empty)
        if items is not None:
            self._rebind(ast.Name(name, ast.Load()), items, scope)

    _stmt_AsyncFor = _stmt_For

    def _stmt_While(self, node: ast.While, scope: Scope) -> bool:
        """A test the engine decides runs the loop as Python does, iteration by iteration (up to the unroll
        limit), its `break` and `continue` too when the `if` tests that hold them are decided in that iteration;
        from the first test it cannot decide, the rest of the loop is a fix-point (from the state before the
        iteration whose exit it could not decide)."""
        guards = exit_guards(node.body) if skips_items(node.body) else []
        for index in range(self.unroll_limit() if reads_only(node.test) and guards is not None else 0):
            test = self.condition(node.test, scope)
            if not isinstance(test, Const):
                break
            if not test.value:
                return self.exec_block(node.orelse, scope)
            ran = self._guarded_iteration(node.body, guards or [], index, scope)
            if ran is None:
                break
            continues, left_by = ran
            if left_by is ast.Break:
                return True
            if not continues and left_by is None:
                return False
        entry = self.truth(self.eval(node.test, scope)) if calls_nothing(node.test) else UNKNOWN
        runs = isinstance(entry, Const) and bool(entry.value)  # true on entry: the body runs at least once
        self._loop(lambda: self.eval(node.test, scope), node.body, scope, runs)
        if isinstance(node.test, ast.Constant) and node.test.value and not breaks_out(node.body):
            return False  # `while True:` with no `break`: only a `return` or an exception leaves it
        return self.exec_block(node.orelse, scope)

    def _guarded_iteration(
        self, body: list[ast.stmt], guards: list[ast.expr], index: int, scope: Scope
    ) -> tuple[bool, type[ast.stmt] | None] | None:
        """One iteration of a `while` body whose `break` and `continue` sit under the `if` tests `guards`: whether
        it ran to its end, and the statement that left it; None, with the state from before it, when one of those
        tests was not decided (the iteration's exit is not known)."""
        saved = (dict(scope.vars), self._states(scope)) if guards else None  # only a guard can leave it undecided
        watched, self._exit_guards = self._exit_guards, {id(test) for test in guards}
        self._exits.append(bool(guards))
        self._left_by = None
        try:
            with self._within(index):
                continues = self.exec_block(body, scope)
            undecided = self._exit_guards is None
        finally:
            self._exits.pop()
            self._exit_guards = watched
        left_by, self._left_by = self._left_by, None
        if undecided and saved is not None:
            scope.vars, objects = saved
            objects.set(objects.saved)
            return None
        return continues, left_by

    def _loop(
        self, start: Callable[[], object], body: list[ast.stmt], scope: Scope, runs: bool = False
    ) -> NonEmptyWatch | None:
        """A bounded fix-point: two passes, the second from the join of before and after the first. A loop that
        `runs` at least once leaves non-empty the lists its first pass made non-empty and nothing shrank (the
        watch that saw its writes is returned); when, besides, no statement of its body can leave an iteration
        early, a variable that was no tensor before the loop and is one after the first pass (`total = 0.0`,
        then `total += loss`) is a tensor at the start of every later iteration and after the loop: its value
        from before the loop is not joined in again."""
        before = dict(scope.vars)
        objects = self._states(scope)
        sizes = self.symbols.size_mark()
        watch = NonEmptyWatch(body) if runs else None
        whole = watch is not None and watch.prefix == len(body)
        if watch is not None:
            self._watches.append(watch)
        skips = _Skips(objects, self._guarded, None if _holds_finally(body) else [])
        self._exits.append(False)
        self._skips.append(skips)
        try:
            for index in range(2):  # at any depth: one pass would show only the first iteration's values
                start()
                if watch is not None and index == 0:
                    self.exec_block(body[: watch.prefix], scope)
                    watch.snapshot(scope)
                    self.exec_block(body[watch.prefix :], scope)
                else:
                    self.exec_block(body, scope)
                for other, others in skips.states or ():
                    self._merge(scope, other, objects, others)
                if skips.states:
                    skips.states.clear()
                if whole and index == 0:
                    before = {**before, **became_tensors(before, scope.vars)}
                self._merge(scope, before, objects, objects.saved)  # the loop may have run no time at all
        finally:
            self._exits.pop()
            self._skips.pop()
            if watch is not None:
                self._watches.remove(watch)
        if watch is not None:
            watch.strengthen(self, self._loop_labels)
        self.symbols.varying |= self.symbols.made_since(sizes)  # each iteration's own: a list keeps one per item
        return watch

    def _stmt_With(self, node: ast.With, scope: Scope) -> bool:
        managers = []
        for item in node.items:
            value = self.eval(item.context_expr, scope)
            managers.append(value)
            entered = self._context_method(value, "__enter__", [], item.context_expr)
            if item.optional_vars is not None:
                if entered is None:
                    entered = value if isinstance(value, (TensorValue, TorchModule, UserObject, Archive)) else UNKNOWN
                self.bind(item.optional_vars, entered, scope)
        modes = [mode for item in node.items if (mode := self._grad_mode(item.context_expr, scope)) is not None]
        with grad_mode(self.torch, modes):
            if not may_swallow(managers):
                ended = self.exec_block(node.body, scope)
            else:
                with self._catching_raises(scope, suppresses(node)) as catch:
                    ended = self._joined_with_raised(scope, catch, self.exec_block(node.body, scope))
        for manager, item in reversed(list(zip(managers, node.items, strict=True))):
            self._context_method(manager, "__exit__", [Const(None)] * 3, item.context_expr)
        return ended

    def _grad_mode(self, maker: ast.expr, scope: Scope) -> bool | None:
        """Whether grad is enabled where a manager or decorator written so rules (see grad_modes); None when it does
        not set the grad mode, or the code that makes it does more than read."""
        call = maker if isinstance(maker, ast.Call) else None
        arguments = [*call.args, *(keyword.value for keyword in call.keywords)] if call is not None else []
        if not all(reads_only(part) for part in [call.func if call is not None else maker, *arguments]) or any(
            isinstance(argument, ast.Starred) for argument in arguments
        ):
            return None
        if call is None:
            return mode_set(self.torch, self.eval(maker, scope), [], {})
        args = [self.eval(argument, scope) for argument in call.args]
        kwargs = {keyword.arg: self.eval(keyword.value, scope) for keyword in call.keywords if keyword.arg}
        return mode_set(self.torch, self.eval(call.func, scope), args, kwargs)

    def _context_method(self, manager: Value, name: str, args: list[Value], node: ast.expr) -> Value | None:
        """`__enter__` / `__exit__` of a context manager of a user class that defines it, or of a modelled object
        that models it, called as `with` does; None for another manager."""
        if isinstance(manager, Modelled) and isinstance(method := manager.member(name), Builtin):
            return self.call(method, args, {}, node)
        if not (isinstance(manager, UserObject) and self._method(manager.cls, name) is not None):
            return None
        return self.call(self.attribute(manager, name, node), args, {}, node)

    _stmt_AsyncWith = _stmt_With

    def _stmt_Assert(self, node: ast.Assert, scope: Scope) -> None:
        self.eval(node.test, scope)  # the test runs (its calls, and the errors they raise)
        scope.vars.update(none_tests(node.test, scope.vars)[0])  # past it, the test held
        if (strings := string_tests(node.test, lambda target: self.eval(target, scope))) is not None:
            self._narrow_string(strings[0], strings[1], scope)
        for listed, length in asserted_lengths(node.test) if scope.get("len") is None else ():
            known = (
                with_length(self.eval(listed, scope), self.eval(length, scope), self.symbols)
                if reads_only(length)
                else None
            )
            if known is not None:
                self._rebind_in_branch(listed, known, scope)
        self._sized(asserted_sizes(node.test), scope)

    def _sized(self, triples: list[Triple], scope: Scope) -> None:
        """Where a test proved `x.size(dim) == size` for each (x, dim, size) of `triples`, x has that size there."""
        for tensor, dim, size in triples:
            sized = (
                with_size(self.eval(tensor, scope), self.eval(dim, scope), self.eval(size, scope), self.symbols)
                if reads_only(tensor) and reads_only(dim) and reads_only(size)
                else None
            )
            if sized is not None:
                self._rebind_in_branch(tensor, sized, scope)

    def _stmt_Delete(self, node: ast.Delete, scope: Scope) -> None:
        for target in node.targets:
            if isinstance(target, ast.Subscript):
                self._delete_item(target, scope)
            elif isinstance(target, ast.Attribute):
                owner = self.eval(target.value, scope)
                if is_dict_object(owner):
                    dict_subclasses.attribute_deleted(self, owner, target.attr, target)
                if isinstance(owner, UserObject):
                    owner.attributes.pop(target.attr, None)
                    self._written(owner, target.attr)
                elif isinstance(owner, (TorchModule, Container)):
                    self._rebind(target.value, UNKNOWN, scope)

    def _delete_item(self, target: ast.Subscript, scope: Scope) -> None:
        """`del xs[i]` (the list has fewer items, which ones is not followed), `del d[key]`, `del seq[2]`,
        `del layer._parameters[name]`."""
        registry = target.value.attr if isinstance(target.value, ast.Attribute) else None
        if isinstance(target.value, ast.Attribute) and registry in ("_parameters", "_buffers", "_modules"):
            layer = self.eval(target.value.value, scope)
            if isinstance(layer, TorchModule):
                key = self.eval(target.slice, scope)
                self._rebind(target.value.value, module_stores.without_registered(layer, registry, key), scope)
                return
        owner = self.eval(target.value, scope)
        if isinstance(owner, Sequence) and owner.kind == "list":
            self._rebind(target.value, without_items(owner, self), scope)
        elif isinstance(owner, (TorchModule, Container)):
            self._rebind(target.value, module_stores.without_item(owner, self.eval(target.slice, scope)), scope)
        elif is_dict(owner) and owner.items is not None:
            key = self.eval(target.slice, scope)
            if isinstance(key, Const) and key.value in owner.fields:
                entries = {k: v for k, v in zip(owner.fields, owner.items, strict=True) if k != key.value}
                self._rebind(target.value, dict_of(entries), scope)
            else:
                self._rebind(
                    target.value, Sequence(None, "dict", element=joined_items(list(owner.items), self.symbols)), scope
                )
        elif module_stores.holds_torch_layer(owner):
            self._rebind(target.value, UNKNOWN, scope)
        elif is_dict_object(owner):
            dict_subclasses.dropped(self, owner, self.eval(target.slice, scope), target)

    def _stmt_Try(self, node: ast.Try, scope: Scope) -> bool:
        """The body and its `else` block, or the body then a handler: each handler starts where the body ended, and
        the paths that end normally are joined (a handler's values never replace what the body gave a run that did
        not raise); control passes the statement when one of them ends normally, and then the `finally` block does.
        Handlers that catch only what operations raise never run after a body that surely raised nothing."""
        quiet = type(node) is ast.Try and quiet_handlers(node, lambda name: scope.get(name) is not None)
        with self._catching_raises(scope, True, quiet) as catch:
            continues, catcher = self._try_body(node, scope)
        silent = quiet and catcher is None and not catch.raised
        after_body, objects_after_body = dict(scope.vars), catch.objects.current()
        self._joined_with_raised(scope, catch, True)
        raised, objects_raised = dict(scope.vars), catch.objects.current()
        scope.vars = after_body
        catch.objects.set(objects_after_body)
        objects = catch.objects
        if catcher is None:
            continues = self.exec_block(node.orelse, scope) and continues
        ended = [(scope.vars, objects.current())] if continues else []
        for handler in [] if silent else node.handlers if catcher is None else [catcher]:
            scope.vars = dict(raised)
            objects.set(objects_raised)
            if handler.name:
                scope.vars[handler.name] = UNKNOWN
            if self.exec_block(handler.body, scope):
                ended.append((scope.vars, objects.current()))
        if ended:
            scope.vars = ended[0][0]
            objects.set(ended[0][1])
            for other, others in ended[1:]:
                self._merge(scope, other, objects, others)
        return self.exec_block(node.finalbody, scope) and bool(ended)

    _stmt_TryStar = _stmt_Try

    def _try_body(self, node: ast.Try, scope: Scope) -> tuple[bool, ast.ExceptHandler | None]:
        """Run a `try` body: whether it ends normally, and the handler that catches the UnboundLocalError (or the
        TypeError of `iter(n)` on a number, see type_probes, or what pure operations on known values raise, see
        quiet_statements) a statement of it surely raises before running anything (the body ends there), if one
        does."""
        frame = self._frames[-1] if self._frames else None
        own = frame is not None and frame.scope is scope and isinstance(frame.function.node, ast.FunctionDef)
        own = own and type(node) is ast.Try  # `except*` handlers catch exception groups

        def rebound(name: str) -> bool:
            return scope.get(name) is not None

        catcher = catching_handler(node, UnboundLocalError, rebound) if own else None
        for statement in node.body:
            self._tick()
            if catcher is not None and reads_first(statement, lambda name: self._unbound_local(name, scope)):
                return False, catcher
            probed = probed_value(statement, rebound) if type(node) is ast.Try else None
            if probed is not None and is_no_collection(self.eval(probed, scope)):
                refused = catching_handler(node, TypeError, rebound)
                if refused is not None:
                    return False, refused
            pure, raised = pure_outcome(statement, lambda part: self.eval(part, scope))
            caught = catching_handler(node, raised, rebound) if pure and raised and type(node) is ast.Try else None
            if caught is not None:
                return False, caught
            if not self.exec_statement(statement, scope):
                return False, None
        return True, None

    def _unbound_local(self, name: str, scope: Scope) -> bool:
        """Whether `name` is a local variable of the function whose own body `scope` runs that no path has bound."""
        frame = self._frames[-1]
        assert isinstance(frame.function.node, ast.FunctionDef)
        if frame.lost or name in scope.vars or name in scope.declared:
            return False
        return name in local_names(frame.function.node)

    def _stmt_FunctionDef(self, node: ast.FunctionDef, scope: Scope) -> None:
        if self._defaults.define(node, scope, lambda default: self.eval(default, scope)):
            self._forget_calls(id(node))
        function = Function(node, scope)
        scope.vars[node.name] = self._decorated(function, node.decorator_list, scope)
        self._functions.append(function)

    _stmt_AsyncFunctionDef = _stmt_FunctionDef

    def _decorated(self, function: Function, decorators: list[ast.expr], scope: Scope) -> Value:
        """What a `def` binds: what the decorators written in the user's code return (a wrapper that changes the
        arguments or the result is followed); torch's and the standard library's (`torch.no_grad()`,
        `functools.lru_cache`, `torch.jit.script`) keep the function."""
        value: Value = function
        for decorator in reversed(decorators):
            maker = self.eval(decorator, scope)
            if isinstance(maker, Function) or contextmanager_decorates(maker, function, decorators):
                value = self.call(maker, [value], {}, decorator)
        return value

    def _stmt_ClassDef(self, node: ast.ClassDef, scope: Scope) -> None:
        self._define_class(node, scope, scope)

    def _define_class(self, node: ast.ClassDef, scope: Scope, into: Scope) -> None:
        """Define the class `node` whose methods see `scope`, binding its name in `into` (the body of the class
        that nests it, which its methods never see)."""
        bases = tuple(self.eval(base, scope) for base in node.bases)
        body = Scope(scope, scope.span)
        for statement in node.body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                self.exec_statement(statement, body)
            elif isinstance(statement, ast.ClassDef):
                self._define_class(statement, scope, body)
        methods = class_methods(node)
        defined = list({id(method): method for method in methods.values()}.values())  # an alias is its method
        for method in defined:
            if self._defaults.define(method, scope, lambda default: self.eval(default, body)):
                self._forget_calls(id(method))
        modelled = [
            b
            for b in bases
            if isinstance(b, (UserClass, TorchRef)) or b is NAMED_TUPLE or adds_nothing(b) or is_dict_type(b)
        ]
        cls = UserClass(
            node,
            scope,
            bases,
            dict(methods),
            dict(body.vars),
            records.NAMED_TUPLE if NAMED_TUPLE in bases else None,
            len(modelled) < len(bases) or any(isinstance(b, UserClass) and b.opaque for b in bases),
        )
        cls = enums.enum_class(cls, node.body) or cls
        if any(map(is_dict_type, bases)) and not derives_dict(cls):  # `dict` before a user class in its order
            cls = replace(cls, opaque=True)
        for method in defined:
            decorated = self._decorated(Function(method, scope, owner=cls), method.decorator_list, body)
            if not isinstance(decorated, Function) or decorated.node is not method:
                cls.methods.pop(method.name, None)  # a wrapper a decorator of the user's made: an attribute
                cls.attributes[method.name] = decorated
        for decorator in reversed(node.decorator_list):
            decorated = self.call(self.eval(decorator, scope), [cls], {}, decorator)
            cls = decorated if isinstance(decorated, UserClass) else replace(cls, opaque=True)
        into.vars[node.name] = cls
        for method in defined:
            self._functions.append(Function(method, scope, owner=cls))

    def _stmt_Import(self, node: ast.Import, scope: Scope) -> None:
        for alias in self.modules.bind_import(self, node, scope) if self.modules is not None else node.names:
            if alias.asname:
                scope.vars[alias.asname] = self._torch_ref(alias.name)
            else:
                head = alias.name.split(".")[0]
                scope.vars[head] = self._torch_ref(head)

    def _stmt_ImportFrom(self, node: ast.ImportFrom, scope: Scope) -> None:
        for alias in self.modules.bind_import(self, node, scope) if self.modules is not None else node.names:
            if node.module and node.level == 0 and alias.name == "*":
                scope.vars.update(stdlib.star_import(node.module))
            elif node.module and node.level == 0:
                scope.vars[alias.asname or alias.name] = self._torch_ref(f"{node.module}.{alias.name}")

    def _torch_ref(self, qualname: str) -> Value:
        module = stdlib.resolve(qualname)
        if module is not None:
            return module
        if qualname != "torch" and not qualname.startswith("torch."):
            return UNKNOWN
        obj = resolve_torch(self.torch, qualname)
        return _torch_member(qualname, obj) if obj is not None else UNKNOWN

    # -- binding ------------------------------------------------------------------------------
    def bind(self, target: ast.expr, value: Value, scope: Scope, hint: bool = True, may_shrink: bool = True) -> None:
        """Assign `value` to an assignment target, recording hint sites (`may_shrink`: a name may now hold a
        shorter list than it did)."""
        if isinstance(target, ast.Name):
            binder = scope.binder(target.id)
            value = value if id(target) in self._fresh_targets else any_item(value)
            binder.vars[target.id] = self._written_value(binder.many, binder.vars.get(target.id), value)
            self._written(binder, target.id, may_shrink)
            self._argument_aliases.rebound(binder, target.id)
            if id(target) not in self._rebound:
                self.record(target, target.id, value, scope, hint)
        elif isinstance(target, (ast.Tuple, ast.List)):
            rebound = rebound_later(target)
            self._rebound |= {id(node) for node in rebound}
            try:
                self._unpack(target, value, scope)
            finally:
                self._rebound -= {id(node) for node in rebound}
            for node in rebound:  # what the name holds once the assignment is done: its last target's value
                self.record(node, node.id, scope.vars.get(node.id, UNKNOWN), scope, hint)
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope)
            if (stored := _stored(owner, target.attr, value)) is not None:
                self._rebind(target.value, stored, scope)
            elif isinstance(owner, TensorValue) and target.attr == "data":  # the tensor takes the new data's sizes
                now = replaced_data.with_new_data(owner, value if isinstance(value, TensorValue) else UNKNOWN)
                layer = target.value.value if isinstance(target.value, ast.Attribute) else None
                holder = self.eval(layer, scope) if layer is not None and reads_only(layer) else UNKNOWN
                if replaced_data.layer_unchanged(holder, owner, now):
                    forget_contents([owner])
                elif in_place_tensors.same_layout(owner, now):
                    self._rebind(target.value, now, scope)
                else:
                    self._module_data_replaced(owner.probe, now, target.value, scope)
            else:
                self.set_attribute(owner, target.attr, value, target)
                if module_stores.holds_torch_layer(owner):  # one of several layers changed: which, not known
                    self._rebind(target.value, UNKNOWN, scope)
            self.record(target, ast.unparse(target), value, scope, hint)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, Sequence(None, "list", element=UNKNOWN), scope)
        elif isinstance(target, ast.Subscript):
            owner = self.eval(target.value, scope)
            key = self.eval(target.slice, scope)  # evaluated whatever the owner: a call in it runs
            forget_contents([owner])
            if isinstance(owner, AttributeDict):
                owner.set_item(self, key, value, target)
            elif isinstance(owner, (TorchModule, Container)):
                self._rebind(target.value, module_stores.with_item(owner, key, value), scope)
            elif module_stores.holds_torch_layer(owner):
                self._rebind(target.value, UNKNOWN, scope)
            elif isinstance(owner, Sequence) and owner.kind == "dict":
                self._rebind(target.value, stored_entry(owner, key, value, self.symbols), scope)
            elif is_dict_object(owner):
                dict_subclasses.stored(self, owner, key, value, target)
            elif isinstance(owner, Sequence) and owner.kind == "list":
                changed = with_item(owner, key, value, self)
                self._rebind(target.value, changed, scope, may_shrink=isinstance(target.slice, ast.Slice))
            elif isinstance(owner, TensorValue):
                self._tensor_store(owner, key, value, target)

    def _tensor_store(self, owner: TensorValue, key: Value, value: Value, target: ast.Subscript) -> None:
        """`owner[key] = value`: a mask that does not fit, or a tensor value that does not broadcast to the region
        the key selects, is the error torch raises there (see tensor_stores)."""
        if (error := mask_mismatch(owner, key, self.symbols)) is not None:
            self.report(target, "torch.Tensor.__setitem__", error, [owner, key])
            return
        index = as_tensor_index(self._int_bounded_slices(target.slice, key))
        index = int_stand_ins(index) or index  # an int index selects one slice whatever its value
        if isinstance(value, TensorValue) and is_concrete(index):
            self.calls.run(
                "torch.Tensor.__setitem__", tensor_stores.stored, [owner, index, value], {}, target, device=owner.device
            )

    def _unpack(self, target: ast.Tuple | ast.List, value: Value, scope: Scope) -> None:
        elements = target.elts
        starred = [i for i, e in enumerate(elements) if isinstance(e, ast.Starred)]
        items = None if starred else unpacked(value, len(elements)) or unpacked_chunks(value, len(elements))
        if items is None:
            items = self.iteration_items(value)
        if items is not None and not starred and len(items) == len(elements):
            for element, item in zip(elements, items, strict=False):
                self.bind(element, item, scope)
            return
        if items is not None and len(starred) == 1 and len(items) >= len(elements) - 1:
            star = starred[0]
            after = len(elements) - star - 1
            rest = items[star : len(items) - after]
            for element, item in zip(elements[:star], items[:star], strict=False):
                self.bind(element, item, scope)
            self.bind(cast(ast.Starred, elements[star]).value, Sequence(tuple(rest), "list"), scope)
            for element, item in zip(elements[star + 1 :], items[len(items) - after :], strict=False):
                self.bind(element, item, scope)
            return
        opened = isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is None and not starred
        for position, element in enumerate(elements):  # a sequence of unknown length: its known first items
            if opened and isinstance(value, Sequence):
                item = read_item(value.get(position), self.symbols)
            else:
                item = self.iteration_element(value) if items is None else UNKNOWN
            self.bind(element, item, scope)

    # -- iteration ----------------------------------------------------------------------------
    def iteration_items(self, value: Value) -> list[Value] | None:
        """The exact items iteration yields, when they are known (None cannot be iterated: a value that may be
        None yields what it does when it is not); a tensor's or array's rows as far as a loop may be unrolled."""
        value = self.mapping(unwrapped(without_none(value)))
        if isinstance(value, Sequence) and value.kind in ("dict", NAMESPACE):
            return [Const(key) for key in value.fields] if value.kind == "dict" and value.items is not None else None
        if isinstance(value, Sequence) and value.items is not None:
            return list(value.items)
        if (
            isinstance(value, Const)
            and isinstance(value.value, CONSTANT_SEQUENCES)
            and len(value.value) <= MAX_CONST_ITEMS
        ):
            return [Const(item) for item in value.value]  # a string's characters, bytes' ints, a tuple's items
        letters = characters(value)
        if letters is not None and len(letters) <= MAX_CONST_ITEMS:
            return letters
        if isinstance(value, Range) and value.ints is not None and len(value.ints) <= MAX_CONST_ITEMS:
            return [Const(item) for item in value.ints]
        if isinstance(value, UserClass) and enums.members(value) is not None:
            return list(enums.members(value) or ())
        if isinstance(value, Container) and value.qualname != BARE_MODULE:  # a bare module cannot be iterated
            # a ModuleDict / ParameterDict yields its keys, the others their items
            return [Const(name) for name in value.names] if value.qualname in _KEYED else list(value.items)
        if (
            isinstance(value, TensorValue)
            and value.probe.dim() > 0
            and isinstance(value.shape[0], int)
            and value.shape[0] <= self.unroll_limit()
        ):
            if value.shape[0] == 0:  # no rows: indexing the first would raise
                return []
            element = self.calls.run(
                "torch.Tensor.__getitem__", type(value.probe).__getitem__, [value, Const(0)], {}, self.tree
            )
            return [element] + [another_element(self, element) for _ in range(value.shape[0] - 1)]
        rows = value.probe.shape[0] if isinstance(value, NdArray) and value.probe.dim() > 0 else None
        if isinstance(value, NdArray) and isinstance(rows, int) and rows <= self.unroll_limit():
            return [value.item(self, Const(index)) for index in range(rows)]  # an element known by bounds: its own int
        return None

    def iteration_element(self, value: Value) -> Value:
        """What one step of iterating `value` yields (joined over all steps)."""
        value = unwrapped(without_none(value))
        if isinstance(value, Loader):
            return value.batch
        if isinstance(value, (Range,)):
            return value.element
        if isinstance(value, Dataset):
            return value.sample
        if isinstance(value, Sequence) and value.kind == "dict" and value.items is None:
            return keys_of(value)
        if isinstance(value, Sequence) and value.kind in ("dict", NAMESPACE):
            keys = self.iteration_items(value)
            return join_all(keys, self.symbols) if keys else UNKNOWN
        if isinstance(value, Sequence) and value.items is None:
            return read_item(value.element, self.symbols)
        if isinstance(value, Sequence) and value.items is not None:
            return joined_items(list(value.items), self.symbols)
        if isinstance(value, LayerStack):
            return join_all(layer_stacks.layers_of(value), self.symbols)
        if isinstance(value, Container):
            items = self.iteration_items(value)
            return join_all(items, self.symbols) if items else UNKNOWN
        if isinstance(value, Unordered):
            return value.element(self.symbols)
        if isinstance(value, OpenSet):
            return value.element
        if isinstance(value, TensorValue) and value.probe.dim() > 0:
            if isinstance(value.shape[0], int) and value.shape[0] == 0:  # no row: indexing the first would raise
                return UNKNOWN
            return self.calls.run(
                "torch.Tensor.__getitem__", type(value.probe).__getitem__, [value, Const(0)], {}, self.tree
            )
        walked = self.iterated(value)
        if walked is not value:  # a user object's `__iter__`
            return self.iteration_element(walked)
        if isinstance(value, UserObject) and "__getitem__" in value.cls.methods:
            return self.dataset_sample(value)
        if isinstance(value, NdArray) and value.probe.dim() > 0:  # an array yields its rows
            return value.item(self, Const(0))
        return UNKNOWN

    def iterated(self, value: Value) -> Value:
        """What a `for` walks for `value`: for a user object whose class defines `__iter__`, what that returns (a
        generator of what its `__next__` gives when it returns the object itself); any other value itself (what it
        is when not None, for a value that may be None; what a progress bar wraps)."""
        value = unwrapped(without_none(value))
        method = self._method(value.cls, "__iter__") if isinstance(value, UserObject) else None
        if method is None or not isinstance(value, UserObject):
            return layers_base(value) or self.mapping(value)
        iterator = self.call_function(method, [value], {}, method.node)
        if iterator is value:
            step = self._method(value.cls, "__next__")
            return Range(self.call_function(step, [value], {}, step.node)) if step is not None else UNKNOWN
        return iterator

    def dataset_sample(self, dataset: Value, index: Value | None = None) -> Value:
        """The value one sample of a dataset has (a user dataset's `__getitem__` at `index`, by default 0); of
        one of several datasets, the join of their samples."""
        if isinstance(dataset, Dataset):
            return dataset.sample
        if isinstance(dataset, Alternatives):
            return join_all([self.dataset_sample(option, index) for option in dataset.options], self.symbols)
        if isinstance(dataset, UserObject):
            method = self._method(dataset.cls, "__getitem__")
            if method is not None:
                return self.call_function(method, [dataset, index or Const(0)], {}, method.node)
        return UNKNOWN

    # -- expressions --------------------------------------------------------------------------
    def eval(self, node: ast.expr | None, scope: Scope) -> Value:
        """The abstract value of an expression."""
        if node is None:
            return Const(None)
        handler = getattr(self, f"_expr_{type(node).__name__}", None)
        if handler is None:
            return UNKNOWN
        try:
            return handler(node, scope)
        except (BudgetExceeded, RecursionError):
            raise
        except Exception as error:  # noqa: BLE001 counted, and raised in strict mode, by InternalErrors
            self.internal_errors.record(error)
            return UNKNOWN

    def _expr_Constant(self, node: ast.Constant, scope: Scope) -> Value:
        interned = isinstance(node.value, str) and _NAME_CHARS.fullmatch(node.value) is not None
        return Const(node.value, interned)

    def _expr_Name(self, node: ast.Name, scope: Scope) -> Value:
        if node.id not in scope.vars:
            self._read_name(node.id)
        value = scope.get(node.id)
        if value is None:
            return BUILTINS.get(node.id, UNKNOWN)
        if node is not self._next_argument and (advanced := any_item(value)) is not value:
            value = scope.holder(node.id).vars[node.id] = advanced  # read elsewhere, it may be advanced
        return value

    def _expr_Attribute(self, node: ast.Attribute, scope: Scope) -> Value:
        called = node is self._callee
        owner = self.eval(node.value, scope)
        if node.attr.startswith("__"):  # `d.__getitem__` handed on: what it reads or stores is not followed
            self._keys_escape(owner, scope)
        self._remember_member(node, owner, None)
        member = self.attribute(owner, node.attr, node)
        if not called and node.attr in _CHANGING and isinstance(member, BoundMethod):
            self._method_escapes(member, node.value, scope)
        return member

    def _callee_of(self, call: ast.Call, scope: Scope) -> Value:
        """What a call's callee evaluates to (a method read there is called, not taken as a value)."""
        self._callee = call.func
        return self.eval(call.func, scope)

    def _method_escapes(self, method: BoundMethod, holder: ast.expr, scope: Scope) -> None:
        """A container's method that changes it, taken as a value (`push = xs.append`, `t.register_hook(grads.append)`):
        whatever calls it later changes the container wherever it is held, past changes the engine sees on its name,
        so what holds it is unknown from now on (an unknown value stays so through the changes made on it)."""
        containers = (Sequence, Container, Unordered, OpenSet, LayerStack)
        if isinstance(method.receiver, containers) and isinstance(holder, (ast.Name, ast.Attribute, ast.Subscript)):
            self._rebind(holder, UNKNOWN, scope)

    def _remember_member(self, node: ast.Attribute, receiver: Value | None, result: Value | None) -> None:
        """Record the receiver (or the call's result) at an attribute site for hovers; join over visits."""
        _, _, end_line, end_column = _positions(node)
        key = (end_line - 1, self._column(end_line - 1, end_column))
        member = self.members.get(key)
        with reporting_lost(None):  # what the attribute held or gave, summed up for hovers
            if member is None:
                self.members[key] = Member(receiver, result)
            elif result is None:
                if not self._speculative and member.receiver is not None and receiver is not None:
                    self.members[key] = Member(_receivers_join(member.receiver, receiver, self.symbols), member.result)
            elif member.result is None or not self._speculative:
                joined = result if member.result is None else join(member.result, result, self.symbols)
                self.members[key] = Member(member.receiver, joined)

    def attribute(self, owner: Value, name: str, node: ast.AST) -> Value:
        """`owner.name` for an abstract owner."""
        if owner is command_line.SYS and name == "argv":
            return self.command_line()
        member = unbound_method(owner, name) or stdlib.member(owner, name)
        if member is not None:
            return member
        if isinstance(owner, Alternatives):
            return join_all([self.attribute(option, name, node) for option in owner.options], self.symbols)
        if isinstance(owner, MaybeNone) and not hasattr(None, name):  # None lacks it: a run going on had the value
            return self.attribute(owner.value, name, node)
        if isinstance(owner, Function) and name in _DEFAULTS_ATTRIBUTES:
            self._defaults_assigned(owner, name, None)
            return UNKNOWN
        if isinstance(owner, OneOf) and name in STR_METHODS and all(type(o.value) is str for o in owner.options):
            return Builtin(name, str_method_of_each(owner, name))
        if isinstance(owner, Modelled):
            return owner.member(name)
        if isinstance(owner, SuperOf):
            member = super_member(self, owner, name, node)
            if member is None and is_dict_object(owner.obj):
                member = dict_subclasses.builtin_member(owner.obj, name)
            return UNKNOWN if member is None else member
        if isinstance(owner, Const) and isinstance(owner.value, str) and name in STR_METHODS:
            return Builtin(name, str_method(owner.value, name))
        if isinstance(owner, Const) and isinstance(owner.value, bytes) and name in BYTES_METHODS:
            return Builtin(name, str_method(owner.value, name))
        if isinstance(owner, Const) and isinstance(owner.value, str) and name == "type":
            return device_kind(owner.value)
        if name == "item" and isinstance(owner, (Const, Scalar)) and number_kind(owner) is not None:
            return Builtin(name, lambda interp, args, kwargs, node: owner if not args and not kwargs else UNKNOWN)
        if isinstance(owner, TorchRef):
            qualname = f"{owner.qualname}.{name}"
            if name == "__init__" and isinstance(owner.obj, type):  # `nn.Linear.__init__(self, ...)` in a subclass
                return TorchRef(qualname, inspect.getattr_static(owner.obj, "__init__"))
            obj = resolve_torch(self.torch, qualname)
            if inspect.ismodule(obj):  # `torch.sparse.torch`: a module read through another is that module
                qualname = obj.__name__
            return _torch_member(qualname, obj) if obj is not None else self._added_to_torch.get(qualname, UNKNOWN)
        if isinstance(owner, TensorValue):
            return self.calls.tensor_attribute(owner, name, node)
        if isinstance(owner, ModuleValue):
            return owner.scope.vars.get(name, UNKNOWN)
        if isinstance(owner, TorchModule):
            return self.calls.module_attribute(owner, name)
        if isinstance(owner, UserClass) and name == "__dict__":
            return class_dict(self, owner, node)
        if isinstance(owner, UserClass):
            self._read_class(owner, name)
            function = self._method(owner, name)
            if function is not None and method_kind(function.node) == "classmethod":
                return class_bound(function, owner, name)
            if function is not None:
                return function
            applied = (
                autograd_functions.apply_of(
                    self, owner, self._method(owner, "forward"), self._method(owner, "backward")
                )
                if name == "apply"
                else None
            )
            if applied is not None:
                return applied
            record = self._generated_init(owner, name)
            if record is not None:
                return records.generated_init(record, None)
            attr = records.class_default(owner, name)
            if attr is None or owner.opaque:
                return UNKNOWN
            return records.read(read_through_class(attr, owner, name))
        if isinstance(owner, UserObject) and name == "__dict__":
            return attribute_dict(owner)
        if isinstance(owner, UserObject):
            self._read(owner, name)
            self._read_class(owner.cls, name)
            if name in owner.attributes:
                return owner.attributes[name]
            if SHARED in owner.attributes and self._property_of(owner.cls, name) is None:
                shared = dict_subclasses.shared_attribute(self, owner, name, node)
                if shared is not None:
                    return shared
            method = self._method(owner.cls, name)
            if method is not None:
                member = bound_member(self, owner, method, node)
                return member if member is not None else BoundMethod(owner, name)
            if name in ("__setattr__", "__delattr__"):  # object's own, which the call sets or deletes with
                return BoundMethod(owner, name)
            record = self._generated_init(owner.cls, name)
            if record is not None:
                return records.generated_init(record, owner)
            attr = records.class_default(owner.cls, name)
            found = (
                dict_subclasses.attribute(self, owner, name, node) if attr is None and is_dict_object(owner) else None
            )
            if found is not None:
                return found
            layer = owner.attributes.get(TORCH_BASE)
            if attr is None and isinstance(layer, TorchModule):
                return self.calls.module_attribute(layer, name)
            if attr is None and name == "_modules" and self._is_module_class(owner.cls):
                modules = registry(layer) if isinstance(layer, Container) else registered_modules(owner)
                return modules if modules is not None else UNKNOWN
            fallback = self._attribute_fallback(owner, name) if attr is None else None
            if fallback is not None:
                return self.call_function(fallback, [owner, Const(name)], {}, node)
            if attr is None and self._is_module_class(owner.cls):
                return wrapped_layer(self, owner, name) or BoundMethod(owner, name)
            if attr is None:
                return UNKNOWN
            attr = read_through_class(attr, owner.cls, name)
            return self._uncertain(attr, name) if owner.cls.opaque else records.read(attr)
        if isinstance(owner, Loader) and name == "dataset":
            return owner.dataset
        if isinstance(owner, Range) and owner.bounds is None and name == "__next__":  # an iterator's step, no range's
            return BoundMethod(owner, name)
        if is_namespace(owner) and name == "__dict__":
            return self.namespace_view(owner)
        if isinstance(owner, Sequence) and owner.kind == deques.DEQUE and name == "maxlen":
            return deques.maxlen_of(owner)
        if isinstance(owner, (Sequence, Container, Loader, Dataset, Instance)):
            if isinstance(owner, Sequence) and owner.items is not None and name in owner.fields:
                return owner.items[owner.fields.index(name)]
            if isinstance(owner, Container) and name in owner.names:  # `blocks.wte`: a named layer of its own
                return owner.items[owner.names.index(name)]
            return BoundMethod(owner, name)
        return UNKNOWN

    def _attribute_fallback(self, owner: UserObject, name: str) -> Function | None:
        """The user `__getattr__` Python calls for `owner.name`: the object's classes are all user classes (no base
        or metaclass the engine does not model), none defines `__getattribute__`, and no code of the program may
        set an attribute of that name (where a class's own `__setattr__` takes every store on an instance, only a
        store other than `self.name = ...` in a method counts); never for a dunder name, which Python's own
        protocols look up on the type."""
        if (name.startswith("__") and name.endswith("__")) or owner.cls.opaque:
            return None
        order = mro(owner.cls)
        if order is None or not all(isinstance(k, UserClass) and not k.node.keywords for k in order):
            return None
        classes = [k for k in order if isinstance(k, UserClass)]
        if self.may_set_attribute(name) and (self.may_set_unreceived(name) or not _own_setattr(classes)):
            return None
        if self._method(owner.cls, "__getattribute__") is not None:
            return None
        return self._method(owner.cls, "__getattr__")

    def _uncertain(self, value: Value, name: str) -> Value:
        """A class attribute read through an instance that code the engine does not model may have set: an int
        becomes a size named after the attribute, anything else unknown."""
        value = records.read(value)
        if isinstance(value, (Function, UserClass)):
            return value
        if isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool):
            return self.named_size(name)
        return UNKNOWN

    def _expr_Dict(self, node: ast.Dict, scope: Scope) -> Value:
        return _exactly_of_its_kind(self._dict_display(node, scope))

    def _dict_display(self, node: ast.Dict, scope: Scope) -> Value:
        """A dict display: its entries in order, a `**mapping` adding (or replacing) the dict's entries; a dict of
        unknown entries, each one of the values, where a key is not a known string or int or a mapping's entries
        are not known; UNKNOWN where a mapping is not a dict."""
        entries: dict[Any, Value] | None = {}  # by a string or int key
        keys: list[Value] = []
        values: list[Value] = []
        for key_node, value_node in zip(node.keys, node.values, strict=True):
            key = self.eval(key_node, scope) if key_node is not None else None
            value = self.eval(value_node, scope)
            if key is None:
                value = self.mapping(value)
                if not (isinstance(value, Sequence) and value.kind == "dict"):
                    return UNKNOWN
                added: dict[Any, Value] | None = (
                    dict(zip(value.fields, value.items, strict=True)) if value.items is not None else None
                )
                keys.extend(map(Const, added) if added is not None else [keys_of(value)])
                values.extend(added.values() if added is not None else [value.element])
            else:
                known = entry_key(key)
                added = {known: value} if known is not None else None
                keys.append(key)
                values.append(value)
            entries = {**entries, **added} if entries is not None and added is not None else None
        if entries is None:
            return Sequence(None, "dict", element=joined_items(values, self.symbols), key=join_all(keys, self.symbols))
        return dict_of(entries)

    def _expr_Set(self, node: ast.Set, scope: Scope) -> Value:
        items = self._sequence(node.elts, scope, "list")
        members = distinct(items.items) if isinstance(items, Sequence) and items.items is not None else None
        return Unordered(members) if members is not None else UNKNOWN

    def _expr_Tuple(self, node: ast.Tuple, scope: Scope) -> Value:
        return _exactly_of_its_kind(self._sequence(node.elts, scope, "tuple"))

    def _expr_List(self, node: ast.List, scope: Scope) -> Value:
        return _exactly_of_its_kind(self._sequence(node.elts, scope, "list"))

    def _sequence(self, elements: list[ast.expr], scope: Scope, kind: str) -> Sequence:
        items: list[Value] = []
        length_known = True
        for element in elements:
            if isinstance(element, ast.Starred):
                unpacked_value = self.eval(element.value, scope)
                inner = self.iteration_items(unpacked_value)
                length_known = length_known and inner is not None
                items.extend(inner if inner is not None else [self.iteration_element(unpacked_value)])
            else:
                items.append(self.eval(element, scope))
        if not length_known or len(items) > MAX_CONST_ITEMS:  # `[*xs, y]`: each item one of these values
            return Sequence(None, kind, element=joined_items(items, self.symbols))
        return Sequence(tuple(items), kind)

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, scope: Scope, kind: str) -> Value:
        inner = Scope(scope, scope.span)
        limit = self._comprehension_limit(scope, node.elt, *(c for g in node.generators for c in g.ifs))
        if len(node.generators) > 1 or node.generators[0].ifs:
            unrolled = self._unrolled(node.generators, node.elt, inner, [], limit)
            if unrolled is not None:
                return Sequence(tuple(unrolled), kind)
        count: int | None = 1
        sizes = self.symbols.size_mark()
        varying: set[Any] = set()  # the sizes of an item that differ between items
        for generator in node.generators:
            iterable = self.eval(generator.iter, inner)
            items = self.iteration_items(iterable)
            if len(node.generators) == 1 and not generator.ifs and items is not None and _unrolls(items, limit):
                values = []
                for index, item in enumerate(items):
                    self.bind(generator.target, item, inner)
                    with self._within(index):
                        values.append(self.eval(node.elt, inner))
                return Sequence(tuple(values), kind)
            length = len(items) if items is not None else known_iteration_length(iterable)
            if isinstance(iterable, Range):
                varying |= sizes_in(iterable.element)
            self.bind(
                generator.target, loop_int(self, iterable, self.iteration_element(iterable), generator.target), inner
            )
            if len(node.generators) == 1 and not generator.ifs and isinstance(iterable, Loader):
                per_batch = per_batch_items(self.eval(node.elt, inner), iterable, self.calls.empty)
                if per_batch is not None:
                    return Sequence(per_batch.items, kind)
            count = count * length if count is not None and length is not None and not generator.ifs else None
        mark = serial_mark()
        value = self.eval(node.elt, inner)
        if count is not None and count <= MAX_CONST_ITEMS:
            built = made_since(value, mark)
            varying |= self.symbols.made_since(sizes)
            copies = (fresh_copy(value, mark) if built and n else value for n in range(count))
            return Sequence(tuple(own_sizes(copy, varying, self.symbols) for copy in copies), kind)
        stand_for_many(value, mark)
        # one item per item of a sequence whose length has a name, or per number of `range(n)` for a named size n
        named = iterable.length if isinstance(iterable, Sequence) and len(node.generators) == 1 else None
        if len(node.generators) == 1 and isinstance(iterable, Range):
            named = self._named_range(generator.iter, inner)
        self.symbols.varying |= varying | self.symbols.made_since(sizes)
        if count:  # too many items to hold, as many as the iterables yield
            named = count
        return Sequence(None, kind, element=value, length=None if generator.ifs else named)

    def _pass_count(self, iterable: ast.expr, scope: Scope) -> Any:
        """How many items a loop nested in the body of another iterates over on each pass, evaluated before the
        outer loop runs: for `range(...)` of what only reads (`reads_only`), made anew each pass, or an item of a
        container that only reads (`ratios[k]`) and is a list or a tuple (never an iterator a pass could use up);
        None otherwise."""
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and not iterable.keywords:
            if not all(map(reads_only, iterable.args)) or self._callee_of(iterable, scope) is not BUILTINS["range"]:
                return None
            value = self.eval(iterable, scope)
        elif isinstance(iterable, ast.Subscript) and reads_only(iterable):
            value = self.eval(iterable, scope)
            if not (isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.kind_known):
                return None
        else:
            return None
        return iteration_count(self.symbols, self.iterated(value))

    def _named_range(self, call: ast.expr, scope: Scope) -> Any:
        """How many ints `range(...)` yields when that is a named size, which the engine takes to be at least 2
        (`range(n)`, `range(0, n)`, `range(0, 2 * n, 2)` for a named size n); None otherwise."""
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.keywords):
            return None
        if not all(isinstance(n, _READ_ARITHMETIC) for a in call.args for n in ast.walk(a)):
            return None  # evaluated again here: only what reads, never what runs code
        if self._callee_of(call, scope) is not BUILTINS["range"]:
            return None
        count = range_count([self.eval(a, scope) for a in call.args])
        return named_length(SymDim(count), self.symbols) if count is not None else None

    def _unrolled(
        self, generators: list[ast.comprehension], element: ast.expr, inner: Scope, values: list[Value], limit: int
    ) -> list[Value] | None:
        """The values of a comprehension whose generators all have known items and conditions decided on each, in
        Python's order (the first generator outermost); None when one does not, or past `limit` values (many for an
        element of names and constants, which runs no op)."""
        generator, rest = generators[0], generators[1:]
        items = self.iteration_items(self.eval(generator.iter, inner))
        if items is None:
            return None
        for index, item in enumerate(items):
            self.bind(generator.target, item, inner)
            kept = self._kept(generator, inner)
            if kept is None:
                return None
            if not kept:
                continue
            with self._within(index):
                if rest and self._unrolled(rest, element, inner, values, limit) is None:
                    return None
                if not rest:
                    values.append(self.eval(element, inner))
            if len(values) > limit:
                return None
        return values

    def _kept(self, generator: ast.comprehension, scope: Scope) -> bool | None:
        """Whether the item bound to a comprehension's target passes all its `if` conditions; None when one is not
        decided."""
        for condition in generator.ifs:
            test = self.condition(condition, scope)
            if not isinstance(test, Const):
                return None
            if not test.value:
                return False
        return True

    def _expr_DictComp(self, node: ast.DictComp, scope: Scope) -> Value:
        return _exactly_of_its_kind(self._dict_comprehension(node, scope))

    def _dict_comprehension(self, node: ast.DictComp, scope: Scope) -> Value:
        """A dict built by a comprehension: over a known sequence with known string keys and conditions decided on
        each item, the dict it builds (past MAX_UNROLL items only when key and value run no op or keep books); else
        its keys are not tracked and each value is the value expression's (one value for several objects)."""
        inner = Scope(scope, scope.span)
        generator = node.generators[0]
        iterable = self.eval(generator.iter, inner)
        if len(node.generators) == 1 and not generator.ifs:

            def evaluate(item: Value) -> Value:
                self.bind(generator.target, item, inner)
                return self.eval(node.value, inner)

            keyed = keyed_entries(self, iterable, generator.target, node.key, node.value, evaluate)
            if keyed is not None:
                return dict_of(keyed)
        items = self.iteration_items(iterable) if len(node.generators) == 1 else None
        limit = self._comprehension_limit(scope, node.key, node.value, *generator.ifs)
        if items is not None and _unrolls(items, limit):
            entries: dict[str, Value] = {}
            for index, item in enumerate(items):
                self.bind(generator.target, item, inner)
                kept = self._kept(generator, inner)
                if kept is None:
                    break
                if not kept:
                    continue
                key = self.eval(node.key, inner)
                if not (isinstance(key, Const) and isinstance(key.value, str)):
                    break
                with self._within(index):
                    entries[key.value] = self.eval(node.value, inner)
            else:
                return dict_of(entries)
            inner = Scope(scope, scope.span)
        for generator in node.generators:
            self.bind(generator.target, self.iteration_element(self.eval(generator.iter, inner)), inner)
        mark = serial_mark()
        value = self.eval(node.value, inner)
        stand_for_many(value, mark)
        return Sequence(None, "dict", element=value, key=self.eval(node.key, inner))

    def _expr_ListComp(self, node: ast.ListComp, scope: Scope) -> Value:
        return _exactly_of_its_kind(self._comprehension(node, scope, "list"))

    def _expr_GeneratorExp(self, node: ast.GeneratorExp, scope: Scope) -> Value:
        return self._comprehension(node, scope, "list")

    def _expr_NamedExpr(self, node: ast.NamedExpr, scope: Scope) -> Value:
        value = self.eval(node.value, scope)
        self.bind(node.target, value, scope)
        return value

    def _expr_IfExp(self, node: ast.IfExp, scope: Scope) -> Value:
        test = self.condition(node.test, scope)
        if isinstance(test, Const):
            return self.eval(node.body if test.value else node.orelse, scope)
        if self._surely_absent(node.body, scope):  # `model.module if parallel else model` on a plain model
            return self.eval(node.orelse, scope)
        if self._surely_absent(node.orelse, scope):
            return self.eval(node.body, scope)
        when_true, when_false = none_tests(node.test, scope.vars)
        before = dict(scope.vars)
        scope.vars.update(when_true)
        body = self.eval(node.body, scope)
        scope.vars = {**before, **when_false}
        orelse = self.eval(node.orelse, scope)
        scope.vars = before
        return join(body, orelse, self.symbols)

    def _surely_absent(self, node: ast.expr, scope: Scope) -> bool:
        """Whether `node` reads an attribute a variable's user object surely lacks (see absent_attributes): Python
        raises AttributeError there, so a conditional expression that completes took its other branch."""
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            return False
        owner = self.eval(node.value, scope)
        return isinstance(owner, UserObject) and lacks_attribute(self, owner, node.attr)

    def _expr_Slice(self, node: ast.Slice, scope: Scope) -> Value:
        return self.slice_of(
            [self.eval(p, scope) if p is not None else Const(None) for p in (node.lower, node.upper, node.step)]
        )

    def slice_of(self, parts: list[Value]) -> Value:
        """The slice `start:stop:step` of these three values (None where not written)."""
        parts = list(parts)
        parts[:2] = [self._unknown_bound(p) for p in parts[:2]]
        step = python_index(parts[2])
        parts[2] = step if isinstance(step, Const) else parts[2]  # a 0-d integer tensor known to hold the step
        bounds = [p.value for p in parts if isinstance(p, (Const, SymDim))]
        if len(bounds) == len(parts):
            return Const(slice(*bounds))
        return UNKNOWN

    def _unknown_bound(self, bound: Value) -> Value:
        """A slice bound that is an unknown int (a 0-d integer tensor included) or a value nothing is known of (where
        it is no int, None or index, slicing raises; None takes as much as some int would): an int nothing is known
        of (it may be negative), or the int a 0-d tensor is known to hold (see int_facts)."""
        index = python_index(bound)
        if isinstance(index, SymDim):
            return index
        if not (index is UNKNOWN or (isinstance(index, Scalar) and index.kind is int)):
            return index
        try:
            return SymDim(self.symbols.any_int())
        except SymbolsDeferred:
            return bound

    def _int_bounded_slices(self, written: ast.expr, index: Value) -> Value:
        """A tensor's `index` with each slice written there whose bounds are unknown made a slice of unknown ints:
        a tensor takes only ints and None as bounds, and a slice keeps its axis whatever they are."""
        parts = written.elts if isinstance(written, ast.Tuple) else [written]
        values = index.items if isinstance(index, Sequence) and index.kind == "tuple" else (index,)
        if values is None or len(values) != len(parts) or not any(v is UNKNOWN for v in values):
            return index
        try:
            bounded = [
                Const(slice(self.symbols.any_int())) if v is UNKNOWN and isinstance(p, ast.Slice) else v
                for p, v in zip(parts, values, strict=True)
            ]
        except SymbolsDeferred:
            return index
        return Sequence(tuple(bounded), "tuple") if isinstance(written, ast.Tuple) else bounded[0]

    def _sliced_item(self, owner: TensorValue, index: Value, node: ast.AST) -> Value:
        """`owner[index]`, where a slice of symbolic bounds that torch gave a fixed size is of unknown size: torch
        reads the symbols' example values to decide `x[:n, :]` takes the whole axis."""
        item = self._tensor_item(owner, index, node)
        opened = opened_slices(index, owner.probe.dim()) if isinstance(item, TensorValue) else None
        if opened is None or not isinstance(item, TensorValue):
            return item
        fixed = [d for d in opened[1] if d < item.probe.dim() and type(item.probe.shape[d]) is int]
        return self.calls.with_unknown_sizes(item, fixed) if fixed else item

    def _tensor_item(self, owner: TensorValue, index: Value, node: ast.AST) -> Value:
        """`owner[index]`, unknown ints in the index standing in as 0, lists of ints of unknown length as int64
        tensors of that length."""
        index = int_lists(index, self._indices) or index
        stand_in = int_stand_ins(index)
        value = self.calls.run(
            "torch.Tensor.__getitem__",
            type(owner.probe).__getitem__,
            [owner, index if stand_in is None else stand_in],
            {},
            node,
            device=owner.device,
        )
        return value if stand_in is None else without_contents(value)

    def _indices(self, length: Any) -> Value:
        """An int64 tensor of `length` items (a new unknown size when None), standing for a list of ints."""
        size = length if length is not None else self.symbols.unknown()
        with self.symbols.mode(), self.torch.device("meta"):
            probe = self.torch.empty([size], dtype=self.torch.int64)
        return TensorValue(probe, "cpu", ("list",))

    def _expr_Subscript(self, node: ast.Subscript, scope: Scope) -> Value:
        owner, index = self.eval(node.value, scope), self.eval(node.slice, scope)
        if isinstance(owner, Sequence) and owner.kind == "dict" and owner.items is None:
            self._key_read(node.value, owner, index, scope)
        item = self._item(owner, index, node)
        if isinstance(owner, Sequence) and owner.items is None and not isinstance(index, Sequence | Range):
            return read_item(item, self.symbols)
        return item

    def _keys_escape(self, value: Value, scope: Scope) -> None:
        """A dict of unknown entries handed to code the engine does not interpret: that code may store at any key,
        or read one and so insert it in a defaultdict, so its keys are no longer known."""
        if isinstance(value, Sequence) and value.kind == "dict" and value.items is None and value.key is not UNKNOWN:
            self._aliases_changed(value, replace(value, key=UNKNOWN), scope, ({}, ""))

    def _key_read(self, source: ast.expr, owner: Sequence, key: Value, scope: Scope) -> None:
        """`d[key]` read of a dict of unknown entries: `key` is one of its keys now (a defaultdict inserts it)."""
        gained = with_key(owner, key, self.symbols)
        if gained is owner:
            return
        if isinstance(source, (ast.Name, ast.Attribute, ast.Subscript)):
            self._rebind(source, gained, scope)
        else:
            self._aliases_changed(owner, gained, scope, ({}, ""))

    def _item(self, owner: Value, index: Value, node: ast.Subscript) -> Value:
        if isinstance(owner, Alternatives):  # an option without that item raises: a run that goes on read another
            kept = [option for option in owner.options if not _lacks_item(option, index)]
            return join_all([self._item(option, index, node) for option in kept], self.symbols)
        if isinstance(owner, MaybeNone):  # None is not subscriptable: a run that goes on read the value's item
            return self._item(owner.value, index, node)
        if isinstance(owner, TensorValue):
            index = as_tensor_index(self._int_bounded_slices(node.slice, index))
            if isinstance(index, TensorValue) and index.probe.dtype == self.torch.uint8:  # torch's legacy byte mask
                index = self.calls.run("torch.Tensor.bool", self.torch.Tensor.bool, [index], {}, node)
            if (error := mask_mismatch(owner, index, self.symbols)) is not None:
                self.report(node, "torch.Tensor.__getitem__", error, [owner, index])
                return UNKNOWN
            value = exact_windows(self, owner, index, self._sliced_item(owner, index, node))
            opened = opened_slices(index, owner.probe.dim()) if value is UNKNOWN else None
            if opened is None:
                return value
            wide, dims = opened
            return self.calls.with_unknown_sizes(self._tensor_item(owner, wide, node), dims)
        if isinstance(owner, Const) and isinstance(owner.value, CONSTANT_SEQUENCES):
            window = text_window(self.symbols, owner.value, index) if type(owner.value) is str else None
            return window if window is not None else text_item(owner.value, index)
        if isinstance(owner, Sequence) and owner.kind == "dict" and owner.items is None:
            return owner.element
        if is_dict(owner) and owner.items and isinstance(index, OneOf):  # the entry of one of these keys, or KeyError
            chosen = [owner.items[owner.fields.index(o.value)] for o in index.options if o.value in owner.fields]
            return join_all(chosen, self.symbols) if chosen else UNKNOWN
        if is_dict(owner) and owner.items and not isinstance(index, Const):
            return join_all(list(owner.items), self.symbols)  # some entry's value, or KeyError
        if is_dict(owner) and isinstance(index, Const) and not isinstance(index.value, (str, slice)):
            return _dict_entry(owner, index.value)
        if isinstance(owner, (Sequence, Container)) and isinstance(index, Const) and isinstance(index.value, str):
            keys = owner.fields if isinstance(owner, Sequence) else owner.names
            return owner.items[keys.index(index.value)] if owner.items is not None and index.value in keys else UNKNOWN
        if isinstance(owner, Container) and isinstance(index, Const) and isinstance(index.value, slice):
            return layer_stacks.container_slice(owner, index.value, self.symbols)
        if isinstance(owner, (Sequence, Container)) and not is_dict(owner):
            index = python_index(index)  # `items[order[0]]`: a 0-d integer tensor indexes as an int
        if isinstance(owner, Sequence) and (part := sliced(owner, index, self)) is not None:
            return part
        if isinstance(owner, Sequence) and isinstance(index, Const):
            if isinstance(index.value, int):  # a bool indexes as 0 or 1 (`(1, 3)[flag]`)
                return owner.get(int(index.value))
            if isinstance(index.value, slice) and owner.items is not None:  # of a list (or a subclass): a list
                part = Sequence(owner.items[index.value], owner.kind)
                return _exactly_of_its_kind(part) if owner.kind == "list" else part
        if isinstance(owner, Container) and isinstance(index, Const) and isinstance(index.value, int):
            try:
                return owner.items[index.value]
            except IndexError:
                return UNKNOWN
        if isinstance(owner, Container) and owner.items and number_kind(index) is int:  # some layer, or IndexError
            return join_all(list(owner.items), self.symbols)
        if isinstance(owner, TorchModule):
            return self.calls.module_item(owner, index)
        if isinstance(owner, Dataset):
            return owner.sample
        if isinstance(owner, Modelled):
            return owner.item(self, index)
        if is_dict_object(owner) and not dict_subclasses.overrides(owner.cls, "__getitem__"):
            items = dict_subclasses.items_of(self, owner, node)
            return dict_subclasses.entry(items, index, owner.cls, self.symbols)
        if isinstance(owner, UserObject) and self._find_method(owner.cls, "__getitem__") is not None:
            return self.dataset_sample(owner, index)
        if isinstance(owner, Sequence) and owner.kind in ("list", "tuple") and isinstance(index, (Scalar, SymDim)):
            return owner.element if owner.items is None else join_all(list(owner.items), self.symbols)
        base = layers_base(owner)
        if base is not None:  # a user subclass of a container of layers, without a `__getitem__` of its own
            return self._item(base, index, node)
        return UNKNOWN

    def _expr_BinOp(self, node: ast.BinOp, scope: Scope) -> Value:
        return self.binary(type(node.op), self.eval(node.left, scope), self.eval(node.right, scope), node)

    def _tensor_operator(self, function: Callable[..., Any], left: Value, right: Value, node: ast.AST) -> Value:
        """A Python operator with a tensor operand, as torch runs it; an elementwise one broadcast (broadcast_sizes)."""
        return self.calls.run(f"operator.{function.__name__}", function, [left, right], {}, node)

    def binary(self, op: type, left: Value, right: Value, node: ast.AST) -> Value:
        """Apply a binary operator to abstract operands."""
        function = _BIN_OPS.get(op)
        if function is None:
            return UNKNOWN
        if _none_raises(op, left, right):  # what the operands are when the call does not raise
            left, right = without_none(left), without_none(right)
        pairs = numbers_or_tensors.options_of(left, right)
        if pairs is not None:
            return self._each_option([partial(self.binary, op, a, b, node) for a, b in pairs])
        if isinstance(left, TensorValue) or isinstance(right, TensorValue):
            return self._tensor_operator(function, left, right, node)
        if isinstance(left, MixedArray) or isinstance(right, MixedArray):
            return mixed_arrays.binary(self, function, left, right, node)
        if isinstance(left, NdArray) or isinstance(right, NdArray):
            return array_binary(self, function, left, right, node)
        if op is ast.Mod and isinstance(left, Const) and isinstance(left.value, str):
            text = formatted(left.value, right)
            if text is not None:
                return text
        if isinstance(left, (Const, SymDim)) and isinstance(right, (Const, SymDim)):
            folded = fold(function, left.value, right.value)
            if folded is not UNKNOWN or not any(isinstance(v, SymDim) for v in (left, right)):
                return folded
            return scalar_result(left, right, function) if number_kind(left) and number_kind(right) else UNKNOWN
        if isinstance(left, (Const, SymDim, Scalar)) and isinstance(right, (Const, SymDim, Scalar)):
            return scalar_result(left, right, function)
        if op is ast.Add and (joined := concatenation(left, right, self)) is not None:
            return joined
        if op is ast.Mult and isinstance(left, (Const, Scalar, SymDim)) and isinstance(right, Sequence):
            left, right = right, left
        if op is ast.Mult and (repeated := repetition(left, right, self)) is not None:
            return repeated
        if (
            isinstance(left, Sequence)
            and isinstance(right, Sequence)
            and op is ast.Add
            and left.items is not None
            and right.items is not None
            and len(left.items) + len(right.items) <= MAX_CONST_ITEMS
        ):
            return Sequence(left.items + right.items, left.kind)
        if (
            op is ast.Mult
            and isinstance(left, Sequence)
            and left.kind in ("list", "tuple")
            and left.items is not None
            and isinstance(right, Const)
            and isinstance(right.value, int)
            and len(left.items) * max(right.value, 0) <= MAX_CONST_ITEMS
        ):
            return Sequence(left.items * right.value, left.kind)
        if isinstance(left, Dataset) and isinstance(right, Dataset) and op is ast.Add:
            return Dataset(join(left.sample, right.sample, self.symbols), None, "torch.utils.data.ConcatDataset")
        return UNKNOWN

    @contextlib.contextmanager
    def _in_options(self) -> Iterator[None]:
        """While the block runs, the code interpreted is one option of several: an error there may not be the
        program's, so it is not reported (see report)."""
        self._optional += 1
        try:
            yield
        finally:
            self._optional -= 1

    def _each_option(self, evaluations: list[Callable[[], Value]]) -> Value:
        """The join of what an expression gives with each option of its operands (see numbers_or_tensors); an error
        in one is no error."""
        with self._in_options():
            return join_all([evaluate() for evaluate in evaluations], self.symbols)

    def _expr_UnaryOp(self, node: ast.UnaryOp, scope: Scope) -> Value:
        operand = self.eval(node.operand, scope)
        return self.unary(node, operand)

    def unary(self, node: ast.UnaryOp, operand: Value) -> Value:
        """Apply a unary operator to an abstract operand."""
        function = _UNARY_OPS[type(node.op)]
        if isinstance(operand, numbers_or_tensors.NumberOrTensor) and not isinstance(node.op, ast.Not):
            return self._each_option([partial(self.unary, node, value) for value in operand.options])
        if isinstance(operand, TensorValue) and not isinstance(node.op, ast.Not):
            return self.calls.run(f"operator.{function.__name__}", function, [operand], {}, node)
        if isinstance(operand, NdArray) and not isinstance(node.op, ast.Not):
            return array_unary(self, node.op, operand)
        if isinstance(operand, MixedArray) and not isinstance(node.op, ast.Not):
            return mixed_arrays.unary(self, node.op, operand)
        if isinstance(operand, Const):
            return fold(lambda a, _: function(a), operand.value, None)
        if isinstance(operand, Scalar) and not isinstance(node.op, (ast.Not, ast.Invert)):
            return Scalar(int) if operand.kind is bool else operand  # -True is -1
        if isinstance(operand, SymDim) and not isinstance(node.op, ast.Not):
            return Scalar(int)  # `-n` of a size: an int, no size
        return UNKNOWN

    def _expr_Compare(self, node: ast.Compare, scope: Scope) -> Value:
        """`a < b`, and a chain `a < b <= c` as Python runs it: `a < b and b <= c` (`b` evaluated once), decided
        when each comparison is: the first false one's result, else the last one's."""
        operands = [self.eval(node.left, scope), *(self.eval(c, scope) for c in node.comparators)]
        results = [self._comparison(op, operands[i], operands[i + 1], node) for i, op in enumerate(node.ops)]
        if len(results) == 1:
            return results[0]
        if not all(isinstance(r, Const) and type(r.value) is bool for r in results):
            return UNKNOWN
        return next((r for r in results if isinstance(r, Const) and not r.value), results[-1])

    def _comparison(self, op: ast.cmpop, left: Value, right: Value, node: ast.Compare) -> Value:
        """One comparison `left <op> right`."""
        dtypes = dtype_comparison(op, left, right)
        if dtypes is not None:
            return dtypes
        if isinstance(op, (ast.Is, ast.IsNot)):
            member = enums.identical(left, right, isinstance(op, ast.Is))
            return _a_bool(member if member is not None else identity_test(left, right, isinstance(op, ast.Is)))
        if isinstance(op, (ast.In, ast.NotIn)):
            positive, right = isinstance(op, ast.In), self.mapping(right)
            decided = enums.contained(left, right, positive)
            decided = decided if decided is not None else contained(left, right, positive)
            decided = decided if decided is not None else member_test(left, right, positive)
            return _a_bool(decided if decided is not None else membership(left, right, positive))
        if type(op) not in _COMPARE_OPS:
            return UNKNOWN
        function = _COMPARE_OPS[type(op)]
        member = enums.compared(left, right, isinstance(op, ast.Eq)) if isinstance(op, (ast.Eq, ast.NotEq)) else None
        if member is not None:
            return member
        if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(left, TypeOf):
            return type_is(left, right, isinstance(op, ast.Eq))  # a class equals only itself
        if isinstance(op, (ast.Eq, ast.NotEq)) and all(isinstance(v, (UserClass, Function)) for v in (left, right)):
            return Const((left is right) == isinstance(op, ast.Eq))  # classes and functions: by identity
        if isinstance(left, TensorValue) or isinstance(right, TensorValue):
            return self._tensor_operator(function, left, right, node)
        if isinstance(left, MixedArray) or isinstance(right, MixedArray):
            return mixed_arrays.comparison(self, left, right)
        if isinstance(left, TextArray) or isinstance(right, TextArray):
            return text_comparison(self, left, right) if isinstance(op, (ast.Eq, ast.NotEq)) else UNKNOWN
        if isinstance(left, NdArray) or isinstance(right, NdArray):
            return array_comparison(self, left, right)
        if isinstance(left, Const) and isinstance(right, Const):
            return fold(function, left.value, right.value)
        if isinstance(op, (ast.Eq, ast.NotEq)):
            items_equal = partial(self._comparison, ast.Eq(), node=node)
            sequences = sequences_compared(left, right, isinstance(op, ast.Eq), items_equal)
            if sequences is None:
                sequences = compared_with_none(left, right, isinstance(op, ast.Eq))
            if sequences is not None:
                return sequences
        decided = compared(function, left, right) or compared_batch_size(function, left, right, self.symbols)
        return decided if decided is not None else unknown_comparison(left, right)

    def condition(self, test: ast.expr, scope: Scope) -> Value:
        """The truth of a condition; of `a and b` / `a or b` from its operands' truths, which may decide it where its
        value is not known (`name.islower() and name.startswith("resnet")` is false once either is), and of `not`."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.condition(test.operand, scope)
            return Const(not inner.value) if isinstance(inner, Const) else inner
        if not isinstance(test, ast.BoolOp):
            return self.truth(self.eval(test, scope))
        deciding = isinstance(test.op, ast.Or)  # the truth that ends the evaluation
        undecided: Value | None = None
        for operand in test.values:
            truth = self.condition(operand, scope)
            if isinstance(truth, Const) and bool(truth.value) == deciding:
                return Const(deciding)  # this operand's, or an earlier one's of unknown truth: the same
            if not isinstance(truth, Const):
                undecided = truth
        return undecided if undecided is not None else Const(not deciding)

    def _expr_BoolOp(self, node: ast.BoolOp, scope: Scope) -> Value:
        """`a and b` / `a or b`: the join of the values it may give (see `_bool_op_results`)."""
        return join_all(self._bool_op_results(node, scope), self.symbols)

    def _bool_op_results(self, node: ast.BoolOp, scope: Scope) -> list[Value]:
        """The values `a and b` / `a or b` may give, evaluated left to right up to the first operand whose truth
        decides (Python returns that operand: `x.is_cuda and n > 1` is False on the CPU). An operand of unknown
        truth may be the result or hand over to the next; a bool is the result only when its truth decides, so it
        is then that constant (`i == 0 and a or b` is a or b, never a bool). An operand that is itself an
        `and` / `or` stands for each value it may give."""
        deciding = isinstance(node.op, ast.Or)  # the truth that ends the evaluation
        possible: list[Value] = []
        for index, operand in enumerate(node.values):
            given = (
                self._bool_op_results(operand, scope)
                if isinstance(operand, ast.BoolOp)
                else [self.eval(operand, scope)]
            )
            if index == len(node.values) - 1:
                return [*possible, *given]
            handed_over = False
            for value in given:
                truth = self.truth(value)
                if isinstance(truth, Const) and bool(truth.value) != deciding:
                    handed_over = True
                elif isinstance(truth, Const):
                    possible.append(value)
                else:
                    handed_over = True
                    possible.append(Const(deciding) if isinstance(value, Scalar) and value.kind is bool else value)
            if not handed_over:
                break
        return possible

    def _expr_JoinedStr(self, node: ast.JoinedStr, scope: Scope) -> Value:
        """An f-string whose parts are all known: `f"layer{i}"` or `f"{i:04d}"` with `i` (and the spec) known. Every
        field is evaluated, left to right, as Python does, whether or not the ones before it are known
        (`f"{epoch} {evaluate(model, loader):.3f}"` runs the call)."""
        parts: list[str] | None = []
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                parts = None if parts is None else [*parts, part.value]
                continue
            if not isinstance(part, ast.FormattedValue):
                return UNKNOWN
            value = self.eval(part.value, scope)
            spec = self.eval(part.format_spec, scope) if part.format_spec is not None else Const("")
            text = _formatted(value, spec, part.conversion)
            parts = None if parts is None or text is None else [*parts, text]
        if parts is None:
            return UNKNOWN
        text = "".join(parts)
        return Const(text) if len(text) <= MAX_TEXT else UNKNOWN

    def _expr_Yield(self, node: ast.Yield, scope: Scope) -> Value:
        value = self.eval(node.value, scope) if node.value is not None else Const(None)
        if self._frames:
            self._frames[-1].yields.append(value)
        return UNKNOWN  # what the generator's caller sends back

    def _expr_YieldFrom(self, node: ast.YieldFrom, scope: Scope) -> Value:
        inner = self.iterated(self.eval(node.value, scope))
        if self._frames:
            self._frames[-1].yields.append(self.iteration_element(inner))
        return UNKNOWN

    def _expr_Lambda(self, node: ast.Lambda, scope: Scope) -> Value:
        if self._defaults.define(node, scope, lambda default: self.eval(default, scope)):
            self._forget_calls(id(node))
        return Function(node, scope)

    def _expr_Call(self, node: ast.Call, scope: Scope) -> Value:
        result = self._call_result(node, scope)
        if any_item(result) is result:
            return result
        named = scope.get(node.func.id) if isinstance(node.func, ast.Name) else None
        made = isinstance(node.func, ast.Name) and (named or BUILTINS.get(node.func.id)) is BUILTINS["iter"]
        return result if made else any_item(result)  # an iterator got from elsewhere may have been advanced

    def _call_result(self, node: ast.Call, scope: Scope) -> Value:
        """What a call gives."""
        if self._raising is not None and self._raising.reads_unbound(node.func):
            return UNKNOWN  # NameError before the call: its arguments are not evaluated, nothing is handed to it
        callee = self._callee_of(node, scope)
        if callee is BUILTINS["int"] and (quotient := int_quotients.divided(node)) is not None:
            left, right = self.eval(quotient.left, scope), self.eval(quotient.right, scope)
            floored = int_quotients.truncated(left, right)
            return (
                floored
                if floored is not None
                else self.call(callee, [self.binary(ast.Div, left, right, quotient)], {}, node)
            )
        hooking = isinstance(node.func, ast.Attribute) and node.func.attr in HOOK_REGISTRATIONS
        if hooking and not isinstance(callee, BoundMethod):  # on a module the engine does not know
            self.hooks.lose_track()
        if callee is BUILTINS["next"] and node.args:
            self._next_argument = node.args[0]
        args: list[Value] = []
        rows_open = False  # an argument `*rows` not known item by item: the positions after it are unknown
        last_rows: Value = UNKNOWN  # such rows when they are the last positional argument
        for position, argument in enumerate(node.args):
            if isinstance(argument, ast.Starred):
                rows = self.eval(argument.value, scope)
                inner = self.iteration_items(rows)
                if inner is None and len(node.args) == 1 and not node.keywords:
                    inner = spread(callee, rows)
                if inner is None and isinstance(callee, UnboundMethod) and len(node.args) == 1 and not node.keywords:
                    joined = spread_operation(self, callee.name, rows)
                    if joined is not None:
                        return joined
                if inner is None and callee is BUILTINS["zip"] and len(node.args) == 1 and not node.keywords:
                    return transpose(self, rows, argument.value)
                if inner is None and _is_sequential(callee, self.torch) and not rows_open and not node.keywords:
                    after = self._sequence(node.args[position + 1 :], scope, "tuple").items
                    stack = layer_stacks.around(args, rows, list(after)) if after is not None else None
                    return stack or UNKNOWN
                if inner is None and callee is ITERTOOLS["chain"] and len(node.args) == 1 and not node.keywords:
                    return chained_rows(self, rows)
                if rows_open:
                    continue
                rows_open = inner is None
                last_rows = rows if rows_open and position == len(node.args) - 1 else UNKNOWN
                args.extend(inner or ())
            elif rows_open:
                return self._unspelled_call(callee, node, args)
            else:
                args.append(self.eval(argument, scope))
        kwargs: dict[str, Value] = {}
        mapping_open = False
        for keyword in node.keywords:
            if keyword.arg is not None:
                kwargs[keyword.arg] = self.eval(keyword.value, scope)
                continue
            mapping = self.mapping(self.eval(keyword.value, scope))
            if isinstance(mapping, Sequence) and mapping.kind == "dict" and mapping.items is not None:
                kwargs.update(zip(mapping.fields, mapping.items, strict=True))
            else:
                mapping_open = True
        if rows_open or mapping_open:
            opened = self._open_call(callee, args, kwargs, mapping_open, last_rows)
            if opened is None:
                return self._unspelled_call(callee, node, [*args, *kwargs.values()])
            kwargs = opened
        site = named_arguments(node, args, kwargs, scope) if isinstance(callee, _PASSES_ARGUMENTS) else None
        handed: list[tuple[Function, int, Value | None]] = []  # functions given to code not interpreted, and their
        if not self._interprets(callee):  # escapes, and the object a method of it is bound to
            surely_called = step_closure(self.torch, callee, args, kwargs)  # interpreted as the one call it is
            for value in [*args, *kwargs.values()]:
                function, receiver = self._handed_function(value)
                if function is not None and function is not surely_called:
                    self._escaped[id(function.node)] = self._escaped.get(id(function.node), 0) + 1
                    handed.append((function, self._escaped[id(function.node)], receiver))
        if (
            isinstance(callee, BoundMethod)
            and callee.name in CONVERSIONS
            and isinstance(callee.receiver, (TorchModule, Container, UserObject))
        ):
            model = self._convert(callee, args, kwargs, node.func, scope)
            if model is not None:
                return model
        receiver_node = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(callee, UnboundMethod) and args:
            receiver_node = node.args[0] if not isinstance(node.args[0], ast.Starred) else None
            member = dict_subclasses.builtin_member(args[0], callee.name) if is_dict_object(args[0]) else None
            callee, args = member or self.attribute(args[0], callee.name, node), args[1:]
        elif isinstance(callee, BoundMethod) and not (
            isinstance(node.func, ast.Attribute) and node.func.attr == callee.name
        ):
            receiver_node = None  # a method held elsewhere (`push = xs.append`): its receiver has no name here
        if (
            isinstance(callee, BoundMethod)
            and isinstance(callee.receiver, TorchModule)
            and callee.name in module_stores.REGISTERS
            and receiver_node is not None
            and _is_reference(receiver_node)
        ):
            registered = module_stores.with_registered(callee.receiver, callee.name, args, kwargs)
            holder = self.eval(receiver_node, scope)
            if isinstance(holder, UserObject) and holder.attributes.get(TORCH_BASE) is callee.receiver:
                holder.attributes[TORCH_BASE] = registered  # `self.register_buffer` in a torch layer's subclass
                self._written(holder, TORCH_BASE)
            else:
                self._rebind(receiver_node, registered, scope)
            return Const(None)
        if isinstance(callee, BoundMethod) and isinstance(
            callee.receiver, (Sequence, Container, UserObject, Unordered, OpenSet, LayerStack)
        ):
            if receiver_node is None and not isinstance(callee.receiver, UserObject) and callee.name in _CHANGING:
                # read before earlier calls changed it, the held method's receiver is not what it changes now
                self._aliases_changed(callee.receiver, UNKNOWN, scope, ({}, ""))
                return UNKNOWN
            if isinstance(receiver_node, ast.Call):
                receiver_node = self._attribute_read(receiver_node, scope) or receiver_node
            unnamed = isinstance(receiver_node, ast.Call) and self._vars_of(receiver_node, scope) is None
            if receiver_node is None or unnamed:
                mutated = self._mutate_held(callee, args, kwargs, receiver_node or node.func, scope)
            else:
                mutated = self._mutate(callee, args, kwargs, receiver_node, scope)
            if mutated is not None:
                return mutated
        if isinstance(callee, Alternatives) and isinstance(node.func, ast.Attribute):
            mutated = self._mutate_options(callee, args, kwargs, node.func.value, scope)
            if mutated is not None:
                return mutated
        if isinstance(callee, Builtin) and callee.changes_first is not None and node.args and args:
            self._rebind(node.args[0], callee.changes_first(self, args[0]), scope, may_shrink=False)
        if not isinstance(callee, (TorchRef, Builtin, BoundMethod)) and not self._interprets(callee):
            for value in [*args, *kwargs.values()]:  # a callee of unknown code (`mylib.fill(d)`, `evaluate(model)`)
                self._keys_escape(value, scope)
                self.calls.modes.changed(value)
        with self._argument_aliases.call_site(site):
            result = self.call(callee, args, kwargs, node)
        if result is UNKNOWN and not self._interprets(callee) and not _gives_none_of_its_arguments(callee):
            self.lose(callee, *args, *kwargs.values())  # what they hold may be in what the call gave
        if callee is BUILTINS["getattr"] and node.args and isinstance(result, BoundMethod) and result.name in _CHANGING:
            self._method_escapes(result, node.args[0], scope)  # `add = getattr(xs, "append")`, as `xs.append`
        self._changed_in_place(callee, result, node, scope)
        self._ints_proven(node, scope)
        if isinstance(node.func, ast.Attribute):
            self._remember_member(node.func, None, result)
        for function, escapes, receiver in handed:
            if self._escaped.get(id(function.node), 0) >= escapes:  # no model of the callee interpreted its calls
                self._maybe_called(function, node, scope, receiver)
        return result

    def _handed_function(self, value: Value | None) -> tuple[Function | None, Value | None]:
        """The user function a value handed to other code runs when called (itself or the one a `functools.partial`
        wraps), and the object it is bound to (a method read through a user object, `trainer.on_step`); (None, None)
        for any other value."""
        if isinstance(value, Builtin):
            value = value.wraps
        if isinstance(value, Function):
            return value, None
        if isinstance(value, BoundMethod) and isinstance(value.receiver, UserObject):
            method = self._method(value.receiver.cls, value.name)
            if method is not None:
                return method, value.receiver
        return None, None

    def _open_call(
        self, callee: Value, args: list[Value], kwargs: dict[str, Value], mapping_open: bool, last_rows: Value
    ) -> dict[str, Value] | None:
        """The keywords for a call of a user function, class or object, or of an autograd Function's `apply`, with an
        unknown `*rows` (`last_rows` when they come last) or `**mapping` (see open_calls); None for other callees."""
        function, given = None, len(args)
        if isinstance(callee, Function):
            function = callee
        elif isinstance(callee, UserClass):
            initializer = self._initializer(callee)
            if isinstance(initializer, UserClass):
                return records.opened(initializer, given, kwargs)
            function, given = (initializer, given + 1) if isinstance(initializer, Function) else (None, given)
        elif isinstance(callee, BoundMethod) and isinstance(callee.receiver, UserObject):
            function, given = self._method(callee.receiver.cls, callee.name), given + 1
        elif isinstance(callee, autograd_functions.Apply):
            function, given = callee.static_forward, given + 1
        elif isinstance(callee, UserObject) and not self.hooks.hooked(callee):
            target = self._call_target(callee)
            if target is not None and isinstance(target[0], Function):
                function, given = target[0], given + len(target[1])
        if function is None:
            return None
        return open_arguments(function.node, given, kwargs, mapping_open, last_rows)

    def _unspelled_call(self, callee: Value, node: ast.Call, arguments: Iterable[Value]) -> Value:
        """A call whose `*args` or `**kwargs` are not known item by item: not interpreted, so the user code it
        runs (a function, a class and the methods of the object it makes, the user objects and functions given
        to it) runs with values the engine did not follow, and what was inferred inside that code does not stand."""
        self.lose(callee, *arguments)
        if isinstance(callee, Changer) and callee.forget is not None:
            callee.forget(self, node)
        return UNKNOWN

    def _changed_in_place(self, callee: Value, result: Value, node: ast.Call, scope: Scope) -> None:
        """After `x.unsqueeze_(0)` or `torch.add(a, b, out=c)`, `x` and `c` hold the call's result."""
        if isinstance(callee, BoundMethod) and isinstance(callee.receiver, TensorValue):
            after = in_place_tensors.after_call(callee.name, callee.receiver, result)
            if after is not None:
                written = node.func.value if isinstance(node.func, ast.Attribute) else None
                self._module_data_replaced(callee.receiver.probe, after, written, scope)
        out = next((keyword.value for keyword in node.keywords if keyword.arg == "out"), None)
        if out is not None:
            self._rebind(out, result if isinstance(result, TensorValue) else UNKNOWN, scope)

    def _maybe_called(self, function: Function, node: ast.AST, scope: Scope, receiver: Value | None = None) -> None:
        """A function handed to code the engine does not interpret (`optimizer.step(closure)`, a callback) may be
        called there, any number of times, with any arguments: it is interpreted once with unknown arguments
        (after the object `receiver` a method is bound to), its errors unreported, so that the layers it calls see
        that call too and the objects it changes and the variables around it that it rebinds end as the join of
        its running and not running (a list it appends to has an unknown length)."""
        definition = function.node
        required = len(definition.args.posonlyargs) + len(definition.args.args) - len(definition.args.defaults)
        bound = [receiver] if receiver is not None else []
        scopes = list({id(s): s for s in (*function.scope.chain(), *scope.chain())}.values())  # what it may rebind
        variables = [dict(held.vars) for held in scopes]
        objects = self._states(scope)
        with self._in_options():
            self.call_function(function, [*bound, *[UNKNOWN] * (required - len(bound))], {}, node)
        after = objects.current()
        objects.set(objects.saved)
        pairs = [*zip(variables, [held.vars for held in scopes], strict=True), *objects.paired_with(after)]
        merged = join_states(pairs, self.symbols)
        for held, variables_after in zip(scopes, merged, strict=False):
            held.vars = variables_after
        objects.set_merged(merged[len(scopes) :])

    def _convert(
        self, method: BoundMethod, args: list[Value], kwargs: dict[str, Value], func: ast.expr, scope: Scope
    ) -> Value | None:
        """`model.half()`, `model.to(torch.float64)`: the converted model, also rebound to the name the call
        was made on (torch converts in place); None when the call converts no dtype or is the user's own."""
        model = method.receiver
        if isinstance(model, UserObject) and self._find_method(model.cls, method.name) is not None:
            return None
        dtype = conversion_dtype(self.torch, method.name, args, kwargs)
        if dtype is None:
            return None
        # the engine converts a copy: one a hook is on (or is inside) would lose it
        result = UNKNOWN if self.hooks.any() or dtype is UNKNOWN else converted(model, dtype, self._stores.buffers)
        if isinstance(func, ast.Attribute):
            self._rebind(func.value, result, scope)
        return result

    def _mutate(
        self, method: BoundMethod, args: list[Value], kwargs: dict[str, Value], receiver: ast.expr, scope: Scope
    ) -> Value | None:
        """Model in-place container methods (`xs.append(t)`, `seq.add_module(...)`, `register_buffer`) by
        rebinding the receiver to its new value; None when `method` does not mutate."""
        owner, name = method.receiver, method.name
        if name == "add_module" and kwargs:  # add_module(name=..., module=...)
            named = [kwargs[k] for k in ("name", "module")[len(args) :] if k in kwargs]
            args, kwargs = [*args, *named], {k: v for k, v in kwargs.items() if k not in ("name", "module")}
        if isinstance(owner, (Unordered, OpenSet)):
            if name in SET_MUTATORS:
                self._rebind(receiver, UNKNOWN if kwargs else after_mutation(owner, name, args, self), scope)
                return self.iteration_element(owner) if name == "pop" else Const(None)  # pop gives a member
            return None
        if isinstance(owner, UserObject):
            if name in ("__setattr__", "__delattr__") and self._find_method(owner.cls, name) is None:
                self._set_or_forget(owner, name, args, receiver)
                return Const(None)
            if (
                name in ("register_buffer", "register_parameter", "add_module")
                and len(args) >= 2
                and isinstance(args[0], Const)
                and isinstance(args[0].value, str)
            ):
                owner.attributes[args[0].value] = args[1]
                if name == "add_module":
                    register_layer(owner, args[0].value, args[1])
                return Const(None)
            return None
        if isinstance(owner, Sequence) and owner.kind == deques.DEQUE and name in deques.METHODS:
            after, returned = deques.after_call(owner, name, args, self)
            self._rebind(
                receiver, after, scope, may_shrink=name not in ("append", "appendleft", "extend", "extendleft")
            )
            return returned
        if isinstance(owner, LayerStack) and name in layer_stacks.GROWERS and args and not kwargs:
            added = self.iteration_element(args[-1]) if name == "extend" else args[-1]
            self._rebind(receiver, layer_stacks.grown(owner, added, self.symbols), scope, may_shrink=False)
            return Const(None)
        if name not in _MUTATORS or not isinstance(owner, (Sequence, Container)):
            return None
        if isinstance(owner, Sequence) and owner.kind == "dict":
            return self._mutate_dict(owner, name, [*args, dict_of(kwargs)] if kwargs else args, receiver, scope)
        if (
            isinstance(owner, Sequence)
            and owner.kind == "list"
            and (change := mutated(owner, name, args, kwargs, self, receiver))
        ):
            self._rebind(receiver, change[0], scope, may_shrink=name in ("pop", "remove", "clear"))
            return change[1]
        items = list(owner.items) if owner.items is not None else None
        result: Value = Const(None)
        if items is None or name not in ("append", "add_module", "extend", "insert", "pop", "clear", "reverse"):
            new: list[Value] | None = None
            result = UNKNOWN if name == "pop" else result
        elif name == "pop" and items and not args:
            result = items.pop()
            new = items
        elif name == "pop" and items is not None and (index := _item_index(owner, args, len(items))) is not None:
            result = items.pop(index)
            new = items
        elif name == "pop":  # an index the engine cannot place, or one past the end (IndexError)
            result, new = UNKNOWN, None
        elif name == "clear":
            new = []
        elif name == "reverse" and not args and not isinstance(owner, Container):
            new = items[::-1]
        elif name in ("append", "add_module") and args:
            new = [*items, args[-1]]
        elif name == "extend" and args and (extension := self.iteration_items(args[0])) is not None:
            new = items + extension
        elif name == "insert" and len(args) == 2 and isinstance(args[0], Const) and isinstance(args[0].value, int):
            items.insert(args[0].value, args[1])
            new = items
        else:
            new = None
        rebound: Value = UNKNOWN
        if new is not None:
            if isinstance(owner, Container):
                names = owner.names + ((args[0].value,) if name == "add_module" and isinstance(args[0], Const) else ())
                rebound = Container(owner.qualname, tuple(new), names)
            else:
                rebound = Sequence(tuple(new), owner.kind)
        grows = name in _GROWERS and new is not None
        self._rebind(receiver, rebound, scope, may_shrink=not grows)
        return result

    def _set_or_forget(self, owner: UserObject, name: str, args: list[Value], node: ast.AST) -> None:
        """`obj.__setattr__(name, value)` sets that attribute; `__delattr__`, or a name not known, may change any."""
        key = args[0].value if args and isinstance(args[0], Const) and isinstance(args[0].value, str) else None
        if name == "__setattr__" and key is not None and len(args) == 2:
            self.set_attribute(owner, key, args[1], node)
            return
        for each in [key] if key is not None else attribute_names(owner):
            self.set_attribute(owner, each, UNKNOWN, node)

    def _mutate_options(
        self, callee: Alternatives, args: list[Value], kwargs: dict[str, Value], receiver: ast.expr, scope: Scope
    ) -> Value | None:
        """`seq.add_module(...)` or `seq.append(layer)` on one of several layer containers (one `nn.Sequential` or
        another, built on two branches): each option changed as the method changes it, and the receiver rebound to
        what it may now be; None for other calls."""
        methods = [m for m in callee.options if isinstance(m, BoundMethod) and isinstance(m.receiver, Container)]
        if len(methods) != len(callee.options) or len({m.name for m in methods}) != 1:
            return None
        changed: list[Value] = []
        results: list[Value] = []
        for method in methods:
            option = Scope(scope, scope.span)
            option.vars[_OPTION] = method.receiver
            name = ast.copy_location(ast.Name(_OPTION, ast.Load()), receiver)
            result = self._mutate(method, args, kwargs, name, option)
            if result is None:
                return None
            changed.append(option.vars[_OPTION])
            results.append(result)
        self._rebind(receiver, join_all(changed, self.symbols), scope, may_shrink=methods[0].name not in _GROWERS)
        return join_all(results, self.symbols)

    def _mutate_held(
        self, method: BoundMethod, args: list[Value], kwargs: dict[str, Value], receiver: ast.expr, scope: Scope
    ) -> Value | None:
        """`d.setdefault(key, []).append(x)`: the object a call gave, changed in place, is changed wherever the
        program holds it (it has no name of its own to rebind)."""
        held = Scope(scope, scope.span)
        held.vars[_OPTION] = method.receiver
        name = ast.copy_location(ast.Name(_OPTION, ast.Load()), receiver)
        return self._mutate(method, args, kwargs, name, held)

    def _mutate_dict(self, owner: Sequence, name: str, args: list[Value], receiver: ast.expr, scope: Scope) -> Value:
        """A dict's method that changes it in place (see dict_changes): the dict rebound to its new entries."""
        after, result = changed_dict(owner, name, args, self.symbols)
        self._rebind(receiver, after, scope)
        return result

    def _rebind(self, target: ast.expr, value: Value, scope: Scope, may_shrink: bool = True) -> None:
        """The object `target` names changed in place and is now `value`; the other names that may hold it too
        (`b = a`, a list passed to the function that changed it) hold either (see `_aliases_changed`)."""
        if isinstance(target, ast.Name):
            holder = scope.holder(target.id)
            old = holder.vars.get(target.id)
            holder.vars[target.id] = self._written_value(holder.many, old, value)
            self._written(holder, target.id, may_shrink)
            if old is not None:
                for caller in self._argument_aliases.sure_holders(
                    holder, target.id, old, partial(self._running_scopes, scope)
                ):
                    caller.holder.vars[caller.name] = value
                    self._written(caller.holder, caller.name, may_shrink)
            self._aliases_changed(old, value, scope, (holder.vars, target.id))
        elif isinstance(target, ast.Attribute):
            owner = self.eval(target.value, scope)
            if is_namespace(owner) and target.attr == "__dict__":
                self._rebind(target.value, namespace_of(value), scope)
                return
            if (
                is_dict_object(owner)
                and target.attr not in owner.attributes
                and not _class_holding(owner.cls, target.attr)
            ):
                self._aliases_changed(self.eval(target, scope), value, scope, ({}, ""))
                dict_subclasses.item_changed(self, owner, target.attr, value, target)
                return
            if isinstance(owner, UserObject) and target.attr not in owner.attributes:
                owner = _class_holding(owner.cls, target.attr) or owner  # changed in place: the class's own object
            if isinstance(owner, (UserObject, UserClass)):
                old = owner.attributes.get(target.attr)
                many = isinstance(owner, UserObject) and owner.many
                owner.attributes[target.attr] = self._written_value(many, old, value)
                self._written(owner, target.attr, may_shrink)
                self._aliases_changed(old, value, scope, (owner.attributes, target.attr))
                return
            held = self.eval(target, scope)
            layers = isinstance(owner, (TorchModule, Container))
            self._aliases_changed(held, value, scope, ({}, ""), parent_follows=layers)
            stored = _stored(owner, target.attr, value)
            if isinstance(owner, TorchModule) and isinstance(held, Sequence):  # `pool.kernel_size[0] = 1`
                shared = [names for parent, names in self.calls.list_holders(held) if parent is owner]
                stored = module_stores.with_list_changed(owner, shared[0], value) if shared else stored
            if module_stores.holds_torch_layer(owner):  # which of its layers changed is not known
                self._rebind(target.value, UNKNOWN, scope)
            elif stored is not None:
                if isinstance(stored, TorchModule):
                    self.calls.adopt(stored, target.attr, value)
                self._rebind(target.value, stored, scope)
        elif isinstance(target, ast.Subscript):
            owner, key = self.eval(target.value, scope), self.eval(target.slice, scope)
            if isinstance(key, Const) and isinstance(key.value, slice):
                return  # `xs[1:3].append(x)` changes a copy
            layers = isinstance(owner, (TorchModule, Container))
            self._aliases_changed(self.eval(target, scope), value, scope, ({}, ""), parent_follows=layers)
            if isinstance(owner, Sequence) and reads_only(target.value):  # it may hold the changed list elsewhere too
                owner = self.eval(target.value, scope)  # (`[[x] * 2] * 2`)
            if isinstance(owner, Sequence) and owner.kind == "list":
                self._rebind(target.value, with_item(owner, key, value, self), scope)
            elif is_dict(owner) and isinstance(key, Const) and isinstance(key.value, str):
                self._rebind(target.value, with_entry(owner, key.value, value), scope)
            elif isinstance(owner, Sequence) and owner.kind == "dict":
                self._rebind(target.value, self._with_some_entry(owner, key, value), scope)
            elif isinstance(owner, (TorchModule, Container)):
                self._rebind(target.value, module_stores.with_item(owner, key, value), scope)
            elif is_dict_object(owner):
                dict_subclasses.store_item(self, owner, key, value, target)
        elif (namespace := self._vars_of(target, scope)) is not None:
            self._rebind(namespace, namespace_of(value), scope)
        elif isinstance(target, ast.Call) and (attribute := self._attribute_read(target, scope)) is not None:
            self._rebind(attribute, value, scope, may_shrink)

    def _module_data_replaced(self, tensor: Any, now: Value, written: ast.expr | None, scope: Scope) -> None:
        """`written` (the name or attribute a tensor was changed through) holds `now`, and the layers the running
        scopes hold (in variables, lists, and user objects' attributes at any depth) that hold `tensor` as a
        parameter or buffer hold one tensor standing for `now` (see `replaced_data`), which `written` holds too, so
        that its next change reaches them."""
        stand_in = replaced_data.stand_in(tensor, now)
        changes: list[tuple[object, dict[str, Value], str, Value]] = []
        seen: set[int] = set()
        pending: list[tuple[object, dict[str, Value]]] = [(each, each.vars) for each in self._running_scopes(scope)]
        while pending:
            holder, names = pending.pop()
            if id(names) in seen:
                continue
            seen.add(id(names))
            for name, held in names.items():
                if isinstance(held, UserObject):
                    pending.append((held, held.attributes))
                elif (changed := replaced_data.with_data_replaced(held, tensor, stand_in)) is not None:
                    changes.append((holder, names, name, changed))
        if changes and stand_in is not None and isinstance(now, TensorValue):
            now = replace(now, probe=stand_in)
        if written is not None:
            self._rebind(written, now, scope)
        for holder, names, name, changed in changes:
            names[name] = changed
            self._written(holder, name)

    def _with_some_entry(self, owner: Sequence, key: Value, value: Value) -> Sequence:
        """A dict after the entry at `key`, a key that is no known string, changed in place into `value`
        (`groups[k].append(x)`): that entry where the key is known, else any entry may be it (a missing key
        raises KeyError), so each is what covers it and `value`."""
        if owner.items is not None and isinstance(key, Const) and key.value in owner.fields:
            items = list(owner.items)
            items[owner.fields.index(key.value)] = value
            return replace(owner, items=tuple(items))
        if owner.items is not None:
            keys = join_all([*map(Const, owner.fields), key], self.symbols)
            return replace(
                owner, items=None, fields=(), element=joined_items([*owner.items, value], self.symbols), key=keys
            )
        return with_key(replace(owner, element=joined_items([owner.element, value], self.symbols)), key, self.symbols)

    def _vars_of(self, call: ast.expr, scope: Scope) -> ast.expr | None:
        """`ns` where `call` is `vars(ns)` of a namespace; None otherwise."""
        if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords):
            return None
        if self._callee_of(call, scope) is not BUILTINS["vars"] or not is_namespace(self.eval(call.args[0], scope)):
            return None
        return call.args[0]

    def _attribute_read(self, call: ast.Call, scope: Scope) -> ast.Attribute | None:
        """`obj.name` where `call` is `getattr(obj, name)` of a name known as a string (the same object, so what changes
        it in place changes that attribute), both read without side effects; None otherwise."""
        if len(call.args) != 2 or call.keywords:
            return None
        obj, named = call.args
        if not (_is_reference(obj) and (_is_reference(named) or isinstance(named, ast.Constant))):
            return None
        if self._callee_of(call, scope) is not BUILTINS["getattr"]:
            return None
        name = self.eval(named, scope)
        if not (isinstance(name, Const) and isinstance(name.value, str)):
            return None
        return ast.copy_location(ast.Attribute(obj, name.value, ast.Load()), call)

    def namespace_view(self, namespace: Sequence) -> Sequence:
        """`namespace.__dict__`: changed in place, it changes the namespace (see namespace_views)."""
        return self._namespace_views.view(namespace)

    def _aliases_changed(
        self, old: Value | None, new: Value, scope: Scope, changed: tuple[dict, str], parent_follows: bool = False
    ) -> None:
        """Every other variable of the running scopes, and attribute of the objects they hold, that holds the very
        value `old` of a mutable object now holds what covers `old` and `new` (`changed_in_place`): it may be the
        object that changed in place, or (after a join that kept one of two equal lists) one that only looked the
        same. So does one that holds what covered an earlier value of it (an alias changed before), and the other way
        round: a change through one of those covering values reaches the holders of `new`. A namespace's attribute
        dictionary changed changes the namespace so, and a torch layer read from inside another the layers holding
        it, unless the change is being stored into its parent (`parent_follows`)."""
        if old is None or old is new or not _mutable(old):  # an int or a string is never changed in place
            return
        if isinstance(old, (TorchModule, Sequence)) and not parent_follows:
            self._parents_changed(old, new, scope)
        definition = self._defaults.changed(old, new)
        if definition is not None:
            self._forget_calls(definition)
        tables = self._running_holders(scope)
        covering = [
            self._replace_held(held, new, tables, changed) for held in [old, *self._aliases.pop(id(old), (old, []))[1]]
        ]
        aliases = [value for value in covering if value is not None and value is not new]
        if aliases:
            self._aliases[id(new)] = (new, aliases)
        for alias in aliases:  # `f(d, d)` changing its first parameter, then its second: the first holds it too
            self._link(alias, new)
        namespace = self._namespace_views.changed(old)
        if namespace is not None:
            either = self._replace_held(namespace, namespace_of(new), tables, ({}, ""))
            self._namespace_views.link(new, either)

    def _parents_changed(self, held: TorchModule | Sequence, now: Value, scope: Scope) -> None:
        """A torch layer or a list read from inside torch layers (`lin = block.linear2`, `sizes = pool.kernel_size`),
        changed in place into `now`: each of them holds `now` in its place, or is unknown where it cannot."""
        changes: list[tuple[TorchModule, Value, Any]] = []
        if isinstance(held, TorchModule):
            for parent, key in self.calls.parents_of(held):
                if isinstance(key, str):
                    changes.append((parent, module_stores.with_attribute(parent, key, now), key))
                else:
                    changes.append((parent, module_stores.with_item(parent, Const(key), now), key))
        else:
            for parent, names in self.calls.list_holders(held):
                changes.append((parent, module_stores.with_list_changed(parent, names, now), names[0]))
        for parent, stored, key in changes:
            if isinstance(stored, TorchModule):
                self.calls.adopt(stored, key, now)
            self._aliases_changed(parent, stored, scope, ({}, ""))

    def _running_holders(self, scope: Scope) -> list[tuple[object, dict[str, Value]]]:
        """Every table of names the running code reaches, each with what it belongs to: the variables of the running
        scopes and of the closures their values call, the attributes of the objects and classes reachable from
        them, the arguments a `functools.partial` keeps."""
        tables: list[tuple[object, dict[str, Value]]] = []
        seen: set[int] = set()
        reached: set[int] = set()  # the objects and containers whose tables are listed
        pending = self._running_scopes(scope)
        while pending:
            each = pending.pop(0)
            if id(each) in seen:
                continue
            seen.add(id(each))
            holders: list[tuple[object, dict[str, Value]]] = [
                (each, each.vars),
                *_objects_in(each.vars, reached, self._holding_objects),
            ]
            callables = _callables([value for _, names in holders for value in names.values()])
            pending.extend(enclosing for closure in _closure_scopes(callables) for enclosing in closure.chain())
            tables.extend([*holders, *_kept_arguments(callables)])
        return tables

    def _replace_held(
        self, old: Value, new: Value, tables: list[tuple[object, dict[str, Value]]], changed: tuple[dict, str]
    ) -> Value | None:
        """What the holders of `old` among `tables` but `changed` now hold (see `_aliases_changed`); None when there
        are none."""
        either: Value | None = None
        containers: dict[int, Sequence] = {}  # each container holding `old`, as it is now (aliases get one object)
        for holder, names in tables:
            for name, held in names.items():
                if (names, name) == changed:
                    continue
                if held is old or _same_parameter(held, old):
                    either = changed_in_place(old, new, self.symbols) if either is None else either
                    names[name] = either
                    self._written(holder, name)
                elif isinstance(held, Alternatives) and may_be(held, old):
                    either = changed_in_place(old, new, self.symbols) if either is None else either
                    names[name] = with_option_changed(held, old, either)
                    self._written(holder, name)
                elif isinstance(held, Container) and module_stores.holds_layer(held, old):
                    either = changed_in_place(old, new, self.symbols) if either is None else either
                    names[name] = module_stores.with_layer_changed(held, old, either)
                    self._written(holder, name)
                elif _holds_item(held, old):
                    assert isinstance(held, Sequence)
                    either = changed_in_place(old, new, self.symbols) if either is None else either
                    if id(held) not in containers:
                        containers[id(held)] = _with_item_changed(held, old, either)
                    names[name] = containers[id(held)]
                    self._written(holder, name)
        return either

    def _written_value(self, many: bool, old: Value | None, value: Value) -> Value:
        """What a variable or attribute holds once `value` is written to it where it had `old`: for an object or scope
        that stands for several, the others may keep `old`, so what covers both."""
        return join(old, value, self.symbols) if many and old is not None else value

    def _written(self, holder: object, name: str, may_shrink: bool = True) -> None:
        """Tell the loops and calls being interpreted that variable or attribute `name` of `holder` changed."""
        for watch in self._watches:
            watch.written(holder, name, may_shrink)

    # -- calls --------------------------------------------------------------------------------
    def call(self, callee: Value, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Evaluate a call on abstract values; user code is interpreted, torch is run or modelled."""
        if self.hooks.hooked(callee):
            return self.hooks.call(self, callee, args, kwargs, node, self._call)
        return self._call(callee, args, kwargs, node)

    def _call(self, callee: Value, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        if (
            not isinstance(callee, (TorchRef, Builtin))
            and not self._interprets(callee)
            and not (isinstance(callee, BoundMethod) and isinstance(callee.receiver, (TensorValue, Sequence)))
        ):
            forget_contents([*args, *kwargs.values()])  # torch modules and unknown code may change them in place
        if enums.is_base(callee):  # `Enum("Animal", "CAT DOG")` builds a class the engine does not model
            return UNKNOWN
        if isinstance(callee, (TorchRef, TorchModule)) or (
            isinstance(callee, BoundMethod) and isinstance(callee.receiver, TensorValue)
        ):
            choices = each_choice(args, kwargs, MAX_OPTIONS)
            if choices:
                return self._joined_calls([(callee, args, kwargs) for args, kwargs in choices], node)
        if (
            isinstance(callee, TorchRef)
            and (callee.obj is self.torch.nn.Module.train or callee.obj is self.torch.nn.Module.eval)
            and args
            and isinstance(args[0], (TorchModule, Container))
        ):
            self.calls.modes.changed(args[0])  # `nn.Module.eval(layer)`
            return args[0]
        if isinstance(callee, TorchRef):
            for special in (
                wrapped_model(self.torch, callee, args),
                data_parallel_call(self, callee, args, kwargs, node),
                checkpointed_call(self, callee, args, kwargs, node),
                reparametrized(self.torch, callee, args, kwargs),
                tensor_of_unknown_numbers(self, callee, args, kwargs, node),
                arange_of_unknown_bounds(self, callee, args, kwargs, node),
                triangle_of_unknown_sizes(self, callee, args, kwargs, node),
                tensor_from_array(self, callee, args, kwargs, node),
                tensor_of_rows(self, callee, args, kwargs, node),
                distribution_of(self, callee, args, kwargs, node),
                torch_base_call(self, callee, args, kwargs, node),
            ):
                if special is not None:
                    return special
            return self.calls.call_ref(callee, args, kwargs, node)
        if isinstance(callee, TorchModule):
            return self.calls.call_module(callee, args, kwargs, node)
        if isinstance(callee, Container):
            return self._call_container(callee, args, kwargs, node)
        if isinstance(callee, LayerStack):
            return layer_stacks.applied(self, callee, args, kwargs, node)
        if isinstance(callee, BoundMethod):
            return self._call_method(callee, args, kwargs, node)
        if isinstance(callee, Function):
            return self.call_function(callee, args, kwargs, node)
        if isinstance(callee, UserClass):
            return self.instantiate(callee, args, kwargs, node)
        if isinstance(callee, UserObject):
            target = self._call_target(callee)
            if target is not None:
                return self.call(target[0], [*target[1], *args], kwargs, node)
            layer = callee.attributes.get(TORCH_BASE)
            if isinstance(layer, Container):
                return self._call_container(layer, args, kwargs, node)
            return self.calls.call_module(layer, args, kwargs, node) if isinstance(layer, TorchModule) else UNKNOWN
        if isinstance(callee, Builtin):
            return callee.function(self, args, kwargs, node)
        if isinstance(callee, Alternatives):
            return self._joined_calls([(option, args, kwargs) for option in callee.options], node)
        if isinstance(callee, MaybeNone):  # calling None raises: a run that goes on called the value
            return self.call(callee.value, args, kwargs, node)
        if isinstance(callee, TypeOf) and (cls := exact_class(callee)) is not None:
            return self.call(BUILTINS[cls] if isinstance(cls, str) else cls, args, kwargs, node)
        if isinstance(callee, Modelled):
            return callee.call(self, args, kwargs)
        return UNKNOWN

    def _joined_calls(self, calls: list[tuple[Value, list[Value], dict[str, Value]]], node: ast.AST) -> Value:
        """The join of the calls a call may be (one per option of its callee or of its arguments): an error in one
        is no error, one that each of them meets where it runs (at the same place) is. A torch layer (no user code,
        so no branch to skip) whose call fails raises: a run that goes on called another option, so the join leaves
        that one out while another is left."""
        met: list[dict[tuple[int, int], _Report]] = []
        with self._in_options():
            kept = []
            for callee, args, kwargs in calls:
                errors = self._option_errors
                self._option_reports.append((self._optional, {}))
                try:
                    result = self.call(callee, args, kwargs, node)
                finally:
                    met.append(self._option_reports.pop()[1])
                layer = isinstance(callee, TorchModule) and not self.hooks.hooked(callee)
                if not (layer and result is UNKNOWN and self._option_errors > errors):
                    kept.append(result)
            joined = join_all(kept, self.symbols)  # UNKNOWN when every option raised
        for key in set(met[0]).intersection(*met[1:]) if met else ():
            self.report(*met[0][key])
        return joined

    def _interprets(self, callee: Value) -> bool:
        """Whether calling `callee` runs user code the engine interprets (what else receives a function
        may call it with any values: a hook, `model.apply`, an optimizer's closure)."""
        if isinstance(callee, (Function, UserClass)) or (isinstance(callee, Builtin) and callee.keeps_arguments):
            return True
        if isinstance(callee, UserObject):
            target = self._call_target(callee)
            return target is not None and self._interprets(target[0])
        if isinstance(callee, BoundMethod) and isinstance(callee.receiver, UserObject):
            own = self._find_method(callee.receiver.cls, callee.name) is not None
            # the engine calls a hook where torch would, and the function `apply` is given on every module
            return own or callee.name in HOOK_REGISTRATIONS or self._applied_modules(callee) is not None
        if isinstance(callee, BoundMethod) and isinstance(callee.receiver, (TorchModule, Container)):
            return callee.name in HOOK_REGISTRATIONS or self._applied_modules(callee) is not None
        return False

    def _applied_modules(self, method: BoundMethod) -> list[Value] | None:
        """For torch's `module.apply(fn)`: the modules it calls fn on, in order; None for another method or when a
        submodule is not known."""
        receiver = method.receiver
        if method.name != "apply" or not isinstance(receiver, (UserObject, TorchModule, Container)):
            return None
        if isinstance(receiver, UserObject) and self._method(receiver.cls, "apply") is not None:
            return None
        return submodules(self, receiver)

    def _call_target(self, obj: UserObject) -> tuple[Value, list[Value]] | None:
        """What calling user object `obj` runs, and the arguments it is given first: a `__call__` of the user's
        classes (Python finds it before `nn.Module.__call__`), else the `forward` the object holds (what
        `nn.Module.__call__` reads first), else its class's; a class's may be a function it holds (a wrapper a
        decorator of the user's made, or one assigned to the class after its body)."""
        own_call = self._method(obj.cls, "__call__")
        if own_call is None and "forward" in obj.attributes:
            return obj.attributes["forward"], []
        called = own_call or self._method(obj.cls, "forward")
        return (called, [obj]) if called is not None else None

    def _call_container(
        self, container: Container, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        if container.qualname != "torch.nn.Sequential" or len(args) != 1:
            return UNKNOWN
        value = args[0]
        for item in container.items:  # each layer runs, given UNKNOWN once one loses it: its hints join that call
            value = self.call(item, [value], {}, node)
        return value

    def _call_method(self, method: BoundMethod, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        receiver, name = method.receiver, method.name
        applied = self._applied_modules(method)
        if applied is not None and len(args) == 1 and not kwargs:
            copies = copied_modules(self, applied)
            for module in applied:
                if id(module) in copies and isinstance(args[0], Function):  # once per copy: how many, not known
                    self._maybe_called(args[0], node, args[0].scope, module)
                else:
                    self.call(args[0], [module], {}, node)
            return receiver
        if name in HOOK_REGISTRATIONS and (
            isinstance(receiver, (TorchModule, Container))
            or (isinstance(receiver, UserObject) and self._method(receiver.cls, name) is None)
        ):
            return self.hooks.register(receiver, name, args, kwargs)
        closure = step_closure(self.torch, method, args, kwargs)
        if closure is not None:
            return self.call_function(closure, [], {}, node)
        builtin = special_methods.builtin_of(receiver, name, args, kwargs)
        if builtin is not None:
            return self.call(builtin, [receiver], {}, node)
        if isinstance(receiver, TensorValue):
            return self.calls.tensor_method(receiver, name, args, kwargs, node)
        if isinstance(receiver, UserObject):
            function = self._method(receiver.cls, name)
            if function is not None:
                return self.call_function(function, [receiver, *args], kwargs, node)
            return self.module_method(receiver, name, args, kwargs)
        if isinstance(receiver, (TorchModule, Container)) and name in TENSOR_LISTS and not args and not kwargs:
            return module_tensors(receiver, name) or UNKNOWN
        if isinstance(receiver, (TorchModule, Container)) and name in ("train", "eval"):
            self.calls.modes.changed(receiver)
        if isinstance(receiver, (TorchModule, Container)) and name in MODULE_WALKS and not args and not kwargs:
            return all_modules(self, receiver, named=name == "named_modules") or UNKNOWN
        if isinstance(receiver, TorchModule):
            if name in ("to", "cuda", "cpu", "train", "eval", "requires_grad_"):
                return receiver
            if name == "forward":
                return self.calls.call_module(receiver, args, kwargs, node)
            if is_forward_helper(self.torch, receiver.module, name):
                return self.calls.call_module_helper(receiver, name, args, kwargs, node)
            if name == "children":
                return Instance("generator")
            return UNKNOWN
        if isinstance(receiver, Container) and name in ("to", "cuda", "cpu", "train", "eval"):
            return receiver
        if isinstance(receiver, Container) and not args and not kwargs:
            return container_listing(receiver, name) or UNKNOWN
        if isinstance(receiver, Loader) and name == "__iter__":
            return Range(receiver.batch)
        if isinstance(receiver, Dataset) and name == "__getitem__" and len(args) == 1 and not kwargs:
            return receiver.sample  # `dataset.__getitem__(k)` is `dataset[k]`
        if (
            isinstance(receiver, Sequence)
            and receiver.items is not None
            and name in ("values", "indices")
            and name in receiver.fields
        ):
            return receiver.items[receiver.fields.index(name)]
        if isinstance(receiver, Sequence) and receiver.kind == "tuple" and receiver.fields and name == "_replace":
            return named_tuples.replaced(receiver, args, kwargs)
        if isinstance(receiver, Sequence) and receiver.kind == "dict":
            return dict_method(receiver, name, args, self.symbols)
        if isinstance(receiver, Sequence) and receiver.kind in ("list", "tuple") and name in ("index", "count"):
            return searched(receiver, name, args)
        if isinstance(receiver, (Unordered, OpenSet)) and name in SET_OPERATIONS and not kwargs:
            return set_operation(self, receiver, name, args)
        return UNKNOWN

    def module_method(self, receiver: UserObject, name: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`obj.name(...)` of nn.Module's own methods on a user object (its class defines none of that name)."""
        if name in ("train", "eval") and module_modes.TRAINING in receiver.attributes:
            module_modes.set_mode(receiver, module_modes.mode_argument(name, args, kwargs))
            self.calls.modes.changed(receiver)
        if (
            name in ("children", "named_children")
            and not args
            and not kwargs
            and module_modes.TRAINING in receiver.attributes
        ):
            listed = children(receiver, named=name == "named_children")
            if listed is not None:
                return listed
        if name in MODULE_WALKS and not args and not kwargs and module_modes.TRAINING in receiver.attributes:
            return all_modules(self, receiver, named=name == "named_modules") or UNKNOWN
        base = layers_base(receiver)
        if base is not None and name in ("keys", "values", "items") and not args and not kwargs:
            return container_listing(base, name) or UNKNOWN  # a ModuleDict subclass's own listings
        if name in TENSOR_LISTS and not args and not kwargs and module_modes.TRAINING in receiver.attributes:
            for layer in ObjectStates([receiver]).objects():
                for attribute in layer.attributes:
                    self._read(layer, attribute)
            return module_tensors(receiver, name) or UNKNOWN
        return receiver if name in ("to", "cuda", "cpu", "train", "eval") else UNKNOWN  # dtypes: _convert

    def _find_method(self, cls: UserClass, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        owner = defining_class(cls, name)
        return owner.methods[name] if owner is not None else None

    def _method(self, cls: UserClass, name: str) -> Function | None:
        """Method `name` of `cls` as a function of the class that defines it (what its `super()` starts from), or
        the function a class holds under that name (a wrapper a decorator of the user's made)."""
        owner = defining_class(cls, name)
        if owner is not None:
            return Function(owner.methods[name], owner.scope, owner)
        held = records.class_default(cls, name)
        return held if isinstance(held, Function) else None

    def set_attribute(self, owner: Value, name: str, value: Value, node: ast.AST) -> None:
        """`owner.name = value` on an object whose attributes the engine keeps (a user object, through its
        property's setter if it has one; any option of several)."""
        if owner is command_line.SYS and name == "argv" and self._top is not None:
            # set in a function, it may be set or not when the function's caller reads it
            self._top.vars[command_line.ARGV] = UNKNOWN if self._frames else value
        elif isinstance(owner, UserObject):
            if not (is_dict_object(owner) and dict_subclasses.set_attribute(self, owner, name, value, node)):
                self.store_attribute(owner, name, value, node)
        elif isinstance(owner, Function) and name in _DEFAULTS_ATTRIBUTES:
            self._defaults_assigned(owner, name, value)
        elif isinstance(owner, UserClass) and not owner.opaque:  # a class attribute: read through the instances
            owner.attributes[name] = value
            owner.methods.pop(name, None)  # it replaces a def of that name
            self._written(owner, name)
        elif (
            (stored := _stored(owner, name, value)) is not None and isinstance(node, ast.Call) and self._top is not None
        ):
            self._rebind(node.args[0], stored, self._innermost_scope(self._top))
        elif isinstance(owner, (TorchModule, Container)) and name == module_modes.TRAINING:
            self.calls.modes.changed(owner)
        elif isinstance(owner, TorchRef) and inspect.ismodule(owner.obj):
            qualname = f"{owner.qualname}.{name}"
            if resolve_torch(self.torch, qualname) is None:  # a name torch has keeps torch's meaning
                self._added_to_torch[qualname] = value
        elif isinstance(owner, Alternatives):  # only one of them is written: each may keep what it had
            for option in owner.options:
                if isinstance(option, UserObject):
                    kept = option.attributes.get(name)
                    option.attributes[name] = value if kept is None else join(kept, value, self.symbols)
                    self._written(option, name)

    def _innermost_scope(self, top: Scope) -> Scope:
        """The scope of the innermost frame being run that has one; `top` (the module's) when none has."""
        return next((frame.scope for frame in reversed(self._frames) if frame.scope is not None), top)

    def forget_attributes(self, owner: Value, node: ast.Call) -> None:
        """`setattr(owner, name, value)` at a name not known (`for k, v in options.items(): setattr(args, k, v)`):
        every attribute of a user object, or of each object it may be, is unknown from now on (the ones its classes
        give it too); a namespace is unknown as a whole, since the name may be a new attribute."""
        objects = owner.options if isinstance(owner, Alternatives) else (owner,)
        for each in objects:
            if isinstance(each, UserObject):
                for name in attribute_names(each):
                    self.store_attribute(each, name, UNKNOWN, node)
        if is_namespace(owner) and node.args and self._top is not None:
            self._rebind(node.args[0], UNKNOWN, self._innermost_scope(self._top))

    def store_attribute(self, owner: UserObject, name: str, value: Value, node: ast.AST) -> None:
        """`object.__setattr__(owner, name, value)`: through a property's setter, else into its attributes (its
        items, for a dict subclass instance whose attributes they are)."""
        if is_dict_object(owner) and dict_subclasses.stored_as_attribute(self, owner, name, value, node):
            return
        if self._property_of(owner.cls, name) is not None:
            self._set_property(owner, name, value, node)
            return
        owner.attributes[name] = self._written_value(owner.many, owner.attributes.get(name), value)
        register_layer(owner, name, value)
        self._written(owner, name)

    def mapping(self, value: Value) -> Value:
        """What `dict(value)` or `**value` reads of `value` (a dict subclass instance's items), else `value`."""
        return dict_subclasses.mapping_of(self, value, self.tree) if is_dict_object(value) else value

    def _defaults_assigned(self, function: Function, name: str, value: Value | None) -> None:
        """`f.__defaults__` or `f.__kwdefaults__` set to `value` (None: read, and so changed unseen): later calls get
        the new defaults."""
        self._defaults.assign(function.node, function.scope, name, value)
        self._forget_calls(id(function.node))

    def _forget_calls(self, definition: int) -> None:
        """No call of the function `definition` (its id) is answered from the memo: its results were made with its
        defaults as they were."""
        self._memo = {key: entry for key, entry in self._memo.items() if key[0] != definition}

    def _property_of(self, cls: UserClass, name: str) -> UserClass | None:
        """The class (`cls` or a base) whose `name` is a property."""
        method = cls.methods.get(name)
        if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return cls if method_kind(method) == "property" else None
        for base in cls.bases:
            found = self._property_of(base, name) if isinstance(base, UserClass) else None
            if found is not None:
                return found
        return None

    def _set_property(self, owner: UserObject, name: str, value: Value, node: ast.AST) -> None:
        """`obj.name = value` for a property: its setter runs (without one, Python raises and nothing changes)."""
        cls = self._property_of(owner.cls, name)
        setter = property_setter(cls.node, name) if cls is not None else None
        if cls is not None and setter is not None:
            self.call_function(Function(setter, cls.scope, cls), [owner, value], {}, node)

    def _is_module_class(self, cls: UserClass) -> bool:
        for base in cls.bases:
            if isinstance(base, TorchRef) and isinstance(base.obj, type) and issubclass(base.obj, self.torch.nn.Module):
                return True
            if isinstance(base, UserClass) and self._is_module_class(base):
                return True
        return False

    def instantiate(self, cls: UserClass, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Create a user object and interpret its `__init__` (the one Python generates for a dataclass or a
        NamedTuple included)."""
        if enums.members(cls) is not None:  # calling an enum class looks a member up
            return enums.looked_up(cls, args, kwargs)
        initializer = self._initializer(cls)
        if isinstance(initializer, UserClass):
            values = records.initial_values(self, initializer, args, kwargs, node)
            if values is None:
                return UNKNOWN
            if initializer.record == records.NAMED_TUPLE:
                return Sequence(tuple(values.values()), "tuple", fields=tuple(values))
            obj = UserObject(cls, dict(values))
            post_init = self._method(cls, "__post_init__")
            if post_init is not None:
                self.call_function(post_init, [obj], {}, node)
            return obj
        obj = UserObject(cls, {module_modes.TRAINING: Const(True)} if self._is_module_class(cls) else {})
        if derives_dict(cls):
            obj.attributes[ITEMS] = dict_subclasses.initial_items(self, cls, args, kwargs, node)
        layer_class = torch_layer_base(self.torch, cls)
        if initializer is None and layer_class is not None:
            build_torch_base(self, obj, layer_class, args, kwargs, node)
        elif initializer is not None:
            self._building += 1
            try:
                self.call_function(initializer, [obj, *args], kwargs, node)
            finally:
                self._building -= 1
        return obj

    def _generated_init(self, cls: UserClass, name: str) -> UserClass | None:
        """The dataclass whose generated `__init__` is what `cls` has as `name`; None for another member."""
        initializer = self._initializer(cls) if name == "__init__" else None
        return initializer if isinstance(initializer, UserClass) and initializer.record == records.DATACLASS else None

    def _initializer(self, cls: UserClass) -> Function | UserClass | None:
        """What `cls(...)` runs: the first `__init__` along the bases, or the class whose fields Python
        generates it from."""
        if isinstance(cls.methods.get("__init__"), ast.AST):
            return Function(cls.methods["__init__"], cls.scope, cls)
        if isinstance(held := cls.attributes.get("__init__"), Function):  # a wrapper a decorator of the user's made
            return held
        if cls.record is not None:
            return cls
        for base in cls.bases:
            if isinstance(base, UserClass):
                found = self._initializer(base)
                if found is not None:
                    return found
        return None

    def call_function(self, function: Function, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Interpret a user function with abstract arguments (memoised, bounded depth; a call whose errors went
        unreported, in one option of several, is interpreted again where it surely runs)."""
        definition = function.node
        self._called.add(id(definition))
        key = (
            id(definition),
            function.scope,  # a closure's own variables: two closures of one `def` are two functions
            tuple(_signature(a) for a in args),
            tuple(sorted((k, _signature(v)) for k, v in kwargs.items())),
            self._optional > 0,
            self._guarded > 0,  # where an exception may be caught, a branch that raises still counts
            self.torch.is_grad_enabled(),  # what the ops of the call compute, and allow in place
            self.hooks.version,  # a hook put on or taken off changes what the modules it calls give
        )
        if key in self._memo and self._repeatable(key) and _unchanged(self._memo[key][2], self._memo[key][4]):
            result, changes_contents, reads, mark, _ = self._memo[key]
            if changes_contents:  # the in-place changes that call made are not repeated here
                forget_contents([*args, *kwargs.values()])
            self._replay_writes(key)
            self._pass_reads(reads)
            return result if mark is None else fresh_copy(result, mark)
        if key in self._in_progress or rebuilds(key, self._in_progress):
            forget_contents([*args, *kwargs.values()])
            return UNKNOWN
        if len(self._frames) >= MAX_CALL_DEPTH:  # the call runs with values never seen, as if handed to other code
            forget_contents([*args, *kwargs.values()])
            self.lose(function, *args, *kwargs.values())
            return UNKNOWN
        intact = [literal for literal in literals_in([*args, *kwargs.values()]) if literal.intact]
        self._in_progress[key] = serial_mark()
        if id(definition) not in self._shrinking_code:
            self._shrinking_code[id(definition)] = may_shrink_lists(definition)
        log = WriteLog(stateful=self._shrinking_code[id(definition)])
        self._watches.append(log)
        self._reads.append({})
        mark, defaults_changed, raised = serial_mark(), self._defaults.changes, self._raised_into_caller
        draws = self.symbols.draws
        try:
            with self._within(id(node)):
                result = self._interpret(function, args, kwargs)
        finally:
            del self._in_progress[key]
            self._watches.remove(log)
            reads = self._reads.pop()
        self._pass_reads(reads)
        # the objects the call built, as they were when it returned: a call answered from the memo gets copies
        built = made_since(result, mark)
        memoised = (fresh_copy(result, mark), mark) if built else (result, None)
        repeatable = self._defaults.changes == defaults_changed and self._raised_into_caller == raised
        if repeatable and self.symbols.draws == draws and not holds_closure(result, mark):
            # else a repeat finds the default it changed changed, would not pass its raise's state to the `try`
            # around it, would give the ints it drew at random again, or would share the closure's variables
            changed = any(not literal.intact for literal in intact)
            self._memo[key] = (memoised[0], changed, reads, memoised[1], _left(log, mark))
        self._memo_writes[key] = log
        self._pass_on(log)
        return result

    def _read(self, holder: Scope | UserObject | UserClass, name: str) -> None:
        """The call being interpreted reads variable or attribute `name` of a scope, object or class that outlives
        it: its result holds while that entry keeps its value (in whatever table the holder has by then: a branch
        or a loop gives a scope a new one)."""
        if self._reads:
            self._reads[-1].setdefault((id(holder), name), (holder, _entries(holder).get(name, _ABSENT)))

    def _read_class(self, cls: UserClass, name: str) -> None:
        """A class attribute read in a call, along the class's order."""
        for ancestor in mro(cls) or [cls]:
            if isinstance(ancestor, UserClass):
                self._read(ancestor, name)

    def _read_name(self, name: str) -> None:
        """A name read in a call: recorded when it is not the call's own variable."""
        frame = self._frames[-1] if self._frames else None
        if not self._reads or frame is None or frame.scope is None:
            return
        if name in frame.scope.declared:
            self._read(frame.scope.declared[name], name)
            return
        outer = frame.scope.parent
        while outer is not None:
            if name in outer.vars or outer.parent is None:
                self._read(outer, name)
                return
            outer = outer.parent

    def _pass_reads(self, reads: _Reads) -> None:
        """The calls being interpreted depend on what a call they made read."""
        if self._reads:
            for key, seen in reads.items():
                self._reads[-1].setdefault(key, seen)

    def _repeatable(self, key: tuple) -> bool:
        """Whether a memoised call may be answered from the memo (not when a loop that must see every write is
        being interpreted and the call reached code that may shrink a list)."""
        log = self._memo_writes.get(key)
        stateful = log is None or log.stateful
        return not (stateful and any(isinstance(watch, NonEmptyWatch) for watch in self._watches))

    def _replay_writes(self, key: tuple) -> None:
        """A call answered from the memo: the loops and calls being interpreted learn of the writes it made."""
        log = self._memo_writes.get(key)
        for watch in self._watches:
            if log is None or log.spoiled:
                watch.spoil()
            for holder, name in log.writes if log is not None else ():
                watch.written(holder, name, True)
            for holder, name in log.touched if log is not None else ():
                watch.written(holder, name, False)
        if log is not None:
            self._pass_on(log)

    def _pass_on(self, log: WriteLog) -> None:
        """The calls being interpreted reached what `log`'s call reached."""
        for watch in self._watches:
            if isinstance(watch, WriteLog) and log.stateful:
                watch.stateful = True

    def _interpret(self, function: Function, args: list[Value], kwargs: dict[str, Value]) -> Value:
        definition = function.node
        span = (definition.lineno - 1, (definition.end_lineno or definition.lineno) - 1)
        scope = Scope(function.scope, span)
        scope.declare(definition, function.scope)
        frame = _Frame(function, args[0] if args else None, scope)
        if not isinstance(definition, ast.Lambda):
            frame.early = EarlyReturns(definition.body)
        mark = serial_mark()
        with self.unit_of(function.scope):
            self._bind_parameters(definition, scope, args, kwargs, function.scope)
            # a generator's body runs as it is iterated, maybe never: what it changes may be changed or not yet
            unrun = self._states(scope) if self._is_generator(definition) else None
            self._frames.append(frame)
            self._exits.append(True)  # the loops of the caller end nowhere in this body
            try:
                with self._argument_aliases.call_site(None):  # what the body calls is not the call that bound these
                    if isinstance(definition, ast.Lambda):
                        return self.eval(definition.body, scope)
                    decorators = definition.decorator_list
                    modes = [mode for made in decorators if (mode := self._grad_mode(made, function.scope)) is not None]
                    with grad_mode(self.torch, modes):
                        falls_off = self.exec_block(definition.body, scope, frame)
            except BudgetExceeded:
                if module_scope(function.scope) is self._top:
                    self.cut_calls.append((definition, frame.reached))
                raise
            finally:
                self._exits.pop()
                self._frames.pop()
        if frame.early is not None and frame.early.paths:
            frame.early.join_into(self._states(scope, *frame.returns, *frame.early.owners()), self.symbols)
        if unrun is not None:
            unrun.set_merged(join_states(unrun.paired_with(unrun.saved), self.symbols))
            return Range(self._yielded(frame.yields, mark))
        returns = [*frame.returns, Const(None)] if falls_off else frame.returns  # the end returns None
        return join_all(returns, self.symbols) if returns else Const(None)

    def _yielded(self, yields: list[Value], mark: int) -> Value:
        """What iterating a generator gives: the join of its yields (objects it built, summed up past a join's few
        options: see yielded_objects; then no object is lost, and their methods' hints stand)."""
        if not yields:
            return UNKNOWN
        lost: list[Value] = []
        with reporting_lost(lost.append):
            joined = join_all(yields, self.symbols)
        if joined is UNKNOWN and (summary := summed_up(yields, mark, self.symbols)) is not None:
            return summary
        dropped(*lost)
        return joined

    def _bind_parameters(
        self,
        definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
        scope: Scope,
        args: list[Value],
        kwargs: dict[str, Value],
        outer: Scope,
    ) -> None:
        parameters = definition.args
        positional = [*parameters.posonlyargs, *parameters.args]
        defaults = self._defaults.of(definition, outer)
        if defaults is None:  # a function whose `def` ran elsewhere: its defaults read where it was defined
            self._defaults.define(definition, outer, lambda default: self.eval(default, outer))
            defaults = self._defaults.of(definition, outer)
        assert defaults is not None
        if len(args) + len(kwargs) < len(positional) + len(parameters.kwonlyargs):  # a default may be taken
            for became in self._defaults.became(definition, outer):
                self._aliases_changed(became, UNKNOWN, scope, ({}, ""))
        for index, (parameter, default) in enumerate(zip(positional, defaults[0], strict=False)):
            passed: int | str | None = None
            if index < len(args):
                value, passed = args[index], index
            elif parameter.arg in kwargs:
                value, passed = kwargs[parameter.arg], parameter.arg
            else:
                value = default if default is not None else UNKNOWN
            self._bind_parameter(parameter, value, scope, passed, len(args))
        for parameter, default in zip(parameters.kwonlyargs, defaults[1], strict=False):
            passed = parameter.arg if parameter.arg in kwargs else None
            value = kwargs.get(parameter.arg, default if default is not None else UNKNOWN)
            self._bind_parameter(parameter, value, scope, passed, len(args))
        open_rest = id(definition) in self._open_rests or OPEN_REST in kwargs
        if parameters.vararg:
            extra = Sequence(tuple(args[len(positional) :]), "tuple")
            rows = kwargs.get(OPEN_REST)
            opened = rows if isinstance(rows, Sequence) else Sequence(None, "tuple", element=UNKNOWN)
            scope.vars[parameters.vararg.arg] = opened if open_rest else extra
        if parameters.kwarg:
            named = {p.arg for p in [*parameters.args, *parameters.kwonlyargs]}
            rest = {k: v for k, v in kwargs.items() if k not in named and k != OPEN_REST}
            given = Sequence(tuple(rest.values()), "dict", fields=tuple(rest))
            scope.vars[parameters.kwarg.arg] = Sequence(None, "dict", element=UNKNOWN) if open_rest else given

    def _bind_parameter(
        self, parameter: ast.arg, value: Value, scope: Scope, passed: int | str | None, count: int
    ) -> None:
        if passed is not None and _mutable(value) and not isinstance(value, (TensorValue, TorchModule)):
            self._argument_aliases.bind(scope, parameter.arg, passed, count, value)  # a container or user object
        value = self._named_after(ast.Name(parameter.arg), value, parameter)
        scope.vars[parameter.arg] = value
        if getattr(parameter, "end_lineno", None) is None:
            return
        if isinstance(value, TensorValue) or value is UNKNOWN:  # a call given what may be another tensor
            self.record(parameter, parameter.arg, value, scope, hint=False)

    def _interpret_uncalled(self, function: Function) -> None:
        """Interpret a function no call site reached, with shapes from annotations and shape comments (its
        `*args` and `**kwargs` of unknown length).

        This is speculative: it adds hints where there were none, and never changes the ones that real
        call sites produced."""
        definition = function.node
        if isinstance(definition, ast.Lambda):
            return
        positional = [*definition.args.posonlyargs, *definition.args.args]
        header_end = definition.body[0].lineno - 2 if definition.body else definition.lineno - 1
        comments = shapes_from_comments(self.lines, definition.lineno - 1, max(header_end, definition.lineno - 1))
        args: list[Value] = []
        for index, parameter in enumerate(positional):
            if index == 0 and function.owner is not None and parameter.arg in ("self", "cls"):
                args.append(self._prototype(function.owner))
                continue
            args.append(self._annotated_tensor(parameter.annotation, comments.get(parameter.arg)) or UNKNOWN)
        self._open_rests.add(id(definition))
        self.call_function(function, args, {}, definition)

    def _prototype(self, cls: UserClass) -> Value:
        """An instance for interpreting methods no call site reached: `__init__` run with its defaults
        (parameters without one are unknown)."""
        if id(cls.node) not in self._prototypes:
            prototype = self._prototypes[id(cls.node)] = UserObject(cls)
            init = self._method(cls, "__init__")
            if init is not None:
                self.call_function(init, [prototype], {}, init.node)
            self.calls.modes.changed(prototype)  # the instances a method runs on may be in either mode
        return self._prototypes[id(cls.node)]

    def _annotated_tensor(self, annotation: ast.expr | None, comment: list[int | str] | None) -> TensorValue | None:
        spec = shape_from_annotation(annotation)
        dims, dtype_name = spec if spec is not None else ((comment, "float32") if comment is not None else (None, None))
        if dims is None or dtype_name is None:
            return None
        torch = self.torch
        dtype = getattr(torch, dtype_name)
        if all(isinstance(d, int) for d in dims):
            probe = torch.empty(dims, dtype=dtype, device="meta")
        else:
            try:
                shape = [d if isinstance(d, int) else self.symbols.named(d) for d in dims]
                with self.symbols.mode(), torch.device("meta"):
                    probe = torch.empty(shape, dtype=dtype)
            except SymbolsDeferred:
                return None
        return TensorValue(probe, "cpu", ("annotation",))


# what `report` was given for an error met in one option of several: (node, op, error, args, related, module)
_Report = tuple[ast.AST, str, OpError, list[Value], tuple[tuple[int, str], ...], TorchModule | None]

# (id of a variable or attribute table, name) -> (the table, the value read then, or _ABSENT)
_Reads = dict[tuple[int, str], tuple[Scope | UserObject | UserClass, object]]


def _lacks_item(owner: Value, index: Value) -> bool:
    """Whether `owner[index]` surely raises: a ModuleDict read at a name it does not hold; a container of layers,
    or a list or tuple of known items, read at a position past either end."""
    if not isinstance(index, Const):
        return False
    if isinstance(owner, Container) and isinstance(index.value, str):
        return index.value not in owner.names
    items = owner.items if isinstance(owner, Container) else None
    if isinstance(owner, Sequence) and owner.kind in ("list", "tuple"):
        items = owner.items
    return items is not None and isinstance(index.value, int) and not -len(items) <= index.value < len(items)


def _unchanged(reads: _Reads, left: _Reads) -> bool:
    """Whether everything a memoised call read still has the value it read, and everything it wrote the value it
    left there (by identity): else repeating it reads or writes something else."""
    tables = [*reads.items(), *left.items()]
    return all(_entries(holder).get(name, _ABSENT) is seen for (_, name), (holder, seen) in tables)


def _left(log: WriteLog, mark: int) -> _Reads:
    """The variables and attributes a call wrote in scopes, objects and classes made before it (`mark`), as the
    call left them."""
    return {
        (id(holder), name): (holder, _entries(holder).get(name, _ABSENT))
        for holder, name in log.touched
        if isinstance(holder, UserClass) or (isinstance(holder, (Scope, UserObject)) and holder.serial <= mark)
    }


def _entries(holder: Scope | UserObject | UserClass) -> dict[str, Value]:
    """The variables of a scope, or the attributes of an object or class, as they are now."""
    return holder.vars if isinstance(holder, Scope) else holder.attributes


_ABSENT = object()


def _class_holding(cls: UserClass, name: str) -> UserClass | None:
    """The class along `cls`'s order whose own attribute `name` is (what `obj.name` reads where the object has
    none of its own)."""
    for ancestor in mro(cls) or [cls]:
        if isinstance(ancestor, UserClass) and name in ancestor.attributes:
            return ancestor
    return None


def _receivers_join(a: Value, b: Value, symbols: Symbols) -> Value:
    """The join of two receivers of one attribute site, for hovers, which read a list's kind and never its items
    (a list that grows by one item per visit would cost a join of every item at every visit)."""
    if isinstance(a, Sequence) and isinstance(b, Sequence) and a.kind == b.kind and a.kind in ("list", "dict"):
        return Sequence(None, a.kind, element=UNKNOWN)
    return join(a, b, symbols)


def _signature(value: Value) -> object:
    if isinstance(value, TensorValue):
        return (
            "T",
            str(tuple(value.probe.shape)),
            value.probe.dtype,
            value.dtypes,
            value.device,
            _known_strides(value.probe),
            value.probe.layout,
            value.contents_literal,
        )  # results may depend on known contents (`torch.bincount`)
    if isinstance(value, Const):
        try:
            hash(value.value)
            return ("C", type(value.value).__name__, value.value)
        except TypeError:
            return ("C", id(value))
    if isinstance(value, Sequence) and value.items is not None:
        return ("S", value.kind, value.fields, value.kind_known, tuple(_signature(item) for item in value.items))
    if isinstance(value, MaybeNone):
        return ("N", _signature(value.value))
    if isinstance(value, UserObject) and module_modes.TRAINING in value.attributes:  # forward follows the mode
        return ("O", value, _signature(value.attributes[module_modes.TRAINING]))
    return ("O", value)  # the object itself, by identity: an id could be reused once it is freed


def _known_strides(probe: Any) -> tuple[int, ...] | None:
    """A strided probe's strides, when they are all ints (a view of a tensor of symbolic sizes may have symbolic
    strides even where its own sizes are ints); None otherwise."""
    if not strided(probe) or not all(isinstance(d, int) for d in probe.shape):
        return None
    strides = tuple(probe.stride())
    return strides if all(isinstance(s, int) for s in strides) else None


def _torch_member(qualname: str, obj: Any) -> Value:
    """A member of torch: its number constants (`torch.pi`, `torch.e`, `torch.inf`, `torch.nan`) are the Python
    floats they are, its strings (`torch.__version__`, of the torch the server runs, which is the program's) the
    strings they are, which for the version compares as versions do (`"2.13.0" >= "2.2"`); anything else is referred
    to by name."""
    if isinstance(obj, str):
        return Const(obj)
    return Const(obj) if type(obj) in (int, float) else TorchRef(qualname, obj)


def _positions(node: ast.AST) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of a parsed node: 1-based lines, UTF-8 byte columns."""
    located = cast(ast.expr, node)  # statements, expressions and arguments all carry the four positions
    assert located.end_lineno is not None and located.end_col_offset is not None
    return located.lineno, located.col_offset, located.end_lineno, located.end_col_offset


def _as_load(target: ast.expr) -> ast.expr:
    clone = parse_expression(ast.unparse(target))
    for child in ast.walk(clone):
        ast.copy_location(child, target)
    return clone
