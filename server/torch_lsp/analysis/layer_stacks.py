"""`nn.ModuleList` and `nn.Sequential` of a list whose length the engine does not know (`[Block(cfg) for _ in
range(cfg.n_layer)]` with the layer count a command-line option): every layer is the list's one element value.
Iterating the stack yields it, an index reads it, `len()` is the list's length when it is a named size, and
calling a Sequential applies the layer once per layer it holds: its output when the layer keeps its input's
shape, else the join of input and output (a size the layer changes is unknown after an unknown number of
layers; one it keeps stays). A list whose items are one of several layers (`layers += [nn.Linear(h, h), nn.ReLU()]`
in a loop) stacks them as that one value; a size one of them changes is unknown after the stack, and one they all
keep stays when each keeps it on what the others make too. A Sequential of layers given one by one around such a
list (`nn.Sequential(first, *(Unit(c) for _ in range(depth)), last)`) keeps them as known layers `before` and
`after` the stack: a call applies them in order around it, an index reaches them from their end of the
Sequential."""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from . import joins
from .alternatives import Alternatives
from .interp_api import InterpreterApi
from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .symbols import Symbols
from .values import (
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Modelled,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchModule,
    UserObject,
    Value,
)

SEQUENTIAL = "torch.nn.Sequential"
MODULE_LIST = "torch.nn.ModuleList"
GROWERS = frozenset({"append", "insert", "extend"})
_MODES = frozenset({"to", "cuda", "cpu", "train", "eval", "float", "double", "half"})


@dataclass(frozen=True, eq=False)
class LayerStack(Modelled):
    """Copies of `layer` as a Sequential or a ModuleList; `count` is how many (a size), or None when the list may
    be empty; a Sequential may hold known layers `before` and `after` the copies."""

    qualname: str
    layer: Value
    count: Any = None
    before: tuple[Value, ...] = ()
    after: tuple[Value, ...] = ()
    instance_of: ClassVar[str] = "torch.nn.Module"

    def member(self, name: str) -> Value:
        """The methods that move or switch a stack give the stack back, those that add layers grow it (see
        `grown`); others are not modelled."""
        if name in GROWERS:
            return BoundMethod(self, name)
        return _ReturnsStack(self) if name in _MODES else UNKNOWN

    def item(self, interp: InterpreterApi, index: Value) -> Value:
        """`stack[i]` is the layer; `stack[a:b]` another stack of it. With known layers around the copies, an int
        reaches those at the end it counts from (`stack[0]` the first one before, `stack[-1]` the last one after)
        and no other index is modelled."""
        if self.before or self.after:
            return _around(self, index)
        if isinstance(index, Const) and isinstance(index.value, slice):
            return LayerStack(self.qualname, self.layer)
        if isinstance(index, (Scalar, SymDim)) or (isinstance(index, Const) and type(index.value) is int):
            return self.layer
        return UNKNOWN

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """Two stacks of one kind: a stack of the join of their layers, the count unknown."""
        if not (isinstance(other, LayerStack) and other.qualname == self.qualname):
            return UNKNOWN
        if self.before or self.after or other.before or other.after:
            return UNKNOWN
        layer = joins.join(self.layer, other.layer, symbols)
        return LayerStack(self.qualname, layer) if layer is not UNKNOWN else UNKNOWN


def grown_join(a: Value, b: Value, symbols: Symbols) -> Value | None:
    """A ModuleList or Sequential joined with one of its kind that holds its layers and more, or fewer (a list a
    loop appends to, before and after an iteration): a stack of the join of all their layers, its count unknown, as a
    list's items are past such a join; None for other values."""
    pair = (a, b) if isinstance(a, Container) else (b, a)
    container, other = pair
    if not (isinstance(container, Container) and container.qualname in (SEQUENTIAL, MODULE_LIST)):
        return None
    if container.names or getattr(other, "qualname", None) != container.qualname:
        return None
    if isinstance(other, Container):
        if other.names or len(other.items) == len(container.items) or not _holds_the_other(container, other):
            return None
        layers = [*container.items, *other.items]
    elif isinstance(other, LayerStack):
        layers = [*container.items, *layers_of(other)]
    else:
        return None
    layer = joins.join_all(layers, symbols)
    if layer is UNKNOWN and isinstance(other, Container) and container.qualname == SEQUENTIAL:
        return None  # two Sequentials of unlike layers (one built on each branch): one or the other, see `either`
    return LayerStack(container.qualname, layer) if layer is not UNKNOWN else UNKNOWN


def _holds_the_other(a: Container, b: Container) -> bool:
    """Whether the longer of two stacks holds every layer of the shorter one, as a list grown (or shrunk) by a loop
    does; stacks built apart (one on each path of a branch) hold layers of their own, and are one or the other."""
    shorter, longer = sorted((a.items, b.items), key=len)
    return all(any(layer is kept for kept in longer) for layer in shorter)


def grown(stack: LayerStack, added: Value, symbols: Symbols) -> Value:
    """The stack after `stack.append(layer)` (or an insert, or an extend by layers joined to `added`): a stack of
    the join of its layers and the new ones, its count unknown."""
    layer = joins.join_all([*layers_of(stack), added], symbols)
    return LayerStack(stack.qualname, layer) if layer is not UNKNOWN else UNKNOWN


def stacked(qualname: str, layers: Value) -> Value | None:
    """The stack `nn.Sequential(*layers)` / `nn.ModuleList(layers)` builds from a list of unknown length of one layer
    value, or from another stack (`nn.Sequential(*module_list)`: its layers); None for any other list."""
    if isinstance(layers, LayerStack):
        return replace(layers, qualname=qualname)
    if not (isinstance(layers, Sequence) and layers.items is None and layers.kind in ("list", "tuple")):
        return None
    options = layers.element.options if isinstance(layers.element, Alternatives) else (layers.element,)
    if not all(isinstance(option, (TorchModule, Container, UserObject, LayerStack)) for option in options):
        return None
    return LayerStack(qualname, layers.element, layers.length)


def around(before: list[Value], rows: Value, after: list[Value]) -> Value | None:
    """`nn.Sequential(*before, *rows, *after)` where `rows` is a list of unknown length of one layer value (or a
    stack): a stack of it with those layers around it; None when `rows` is no such list."""
    stack = stacked(SEQUENTIAL, rows)
    if not isinstance(stack, LayerStack):
        return None
    return replace(stack, before=(*before, *stack.before), after=(*stack.after, *after))


def container_slice(container: Container, window: slice, symbols: Symbols) -> Value:
    """`layers[a:b]` of a Sequential or ModuleList: its layers in that window where the bounds are ints, else (a
    bound whose value is unknown, `layers[:n_q]`) a stack of some of its layers, each one of them, how many
    unknown."""
    bounds = (window.start, window.stop, window.step)
    if all(bound is None or type(bound) is int for bound in bounds):
        return Container(container.qualname, container.items[window])
    if container.qualname not in (SEQUENTIAL, MODULE_LIST) or container.names:
        return UNKNOWN
    if not container.items:
        return container
    layer = joins.join_all(list(container.items), symbols)
    return LayerStack(container.qualname, layer) if layer is not UNKNOWN else UNKNOWN


def layers_of(stack: LayerStack) -> list[Value]:
    """Every layer value the stack holds: its known layers and the copied one."""
    return [*stack.before, stack.layer, *stack.after]


def length(stack: LayerStack) -> Value:
    """`len(stack)`: its count (plus its known layers) when known, else an unknown int."""
    if stack.count is None:
        return Scalar(int)
    return SymDim(stack.count + len(stack.before) + len(stack.after))


def _around(stack: LayerStack, index: Value) -> Value:
    """`stack[i]` of a stack with known layers around its copies: the one an int reaches from its end."""
    if not (isinstance(index, Const) and type(index.value) is int):
        return UNKNOWN
    position = index.value
    if 0 <= position < len(stack.before):
        return stack.before[position]
    if -len(stack.after) <= position < 0:
        return stack.after[position]
    return UNKNOWN


def applied(
    interp: InterpreterApi, stack: LayerStack, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    """A Sequential stack called on one tensor."""
    if stack.qualname != SEQUENTIAL or len(args) != 1 or kwargs:
        return UNKNOWN
    given = args[0]
    for layer in stack.before:  # each layer runs, given UNKNOWN once one loses it: its hints join that call
        given = interp.call(layer, [given], {}, node)
    copied = _copies_applied(interp, stack, given, node)
    for layer in stack.after:
        copied = interp.call(layer, [copied], {}, node)
    return copied


def _copies_applied(interp: InterpreterApi, stack: LayerStack, given: Value, node: ast.AST) -> Value:
    """The stack's copies of its layer applied to `given`, as many as it holds."""
    if not isinstance(given, TensorValue):
        interp.call(stack.layer, [given], {}, node)  # the hints inside the layer join what it is given here
        return UNKNOWN
    once = interp.call(stack.layer, [given], {}, node)
    if not isinstance(once, TensorValue) or len(once.shape) != len(given.shape):
        return UNKNOWN
    if all(joins.same_dim(a, b) for a, b in zip(once.shape, given.shape, strict=True)):
        return once
    joined = joins.join(given, once, interp.symbols)
    return joined if _stays(interp, stack.layer, joined, node) else UNKNOWN


def _stays(interp: InterpreterApi, layer: Value, joined: Value, node: ast.AST) -> bool:
    """Whether the layer (any of several), applied after another, keeps the sizes the first application kept: on
    the join of the input and its output it changes only sizes that are unknown there. That application is a call
    too: the hints inside the layer join what every later layer of the stack is given."""
    if not isinstance(joined, TensorValue):
        return False
    symbols = interp.symbols
    sizes = [symbols.unknown() if symbols.is_unknown(size) else size for size in joined.shape]
    grad = COMPUTED if joined.probe.requires_grad else NO_GRAD
    anew = replace(joined, probe=contiguous_probe(sizes, joined.probe.dtype, grad, symbols), literals=())
    again = interp.call(layer, [anew], {}, node)
    if not isinstance(again, TensorValue) or len(again.shape) != len(joined.shape):
        return False
    pairs = zip(anew.shape, again.shape, strict=True)
    return all(joins.same_dim(a, b) or symbols.is_unknown(a) for a, b in pairs)


@dataclass(frozen=True, eq=False)
class _ReturnsStack(Modelled):
    """`stack.to(device)`, `stack.train()`: the stack itself."""

    stack: LayerStack

    def call(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """The stack."""
        return self.stack
