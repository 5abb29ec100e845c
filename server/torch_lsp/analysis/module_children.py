"""The layers a user module registered: what `children()` and `named_children()` give, in torch's order, and every
module `module.apply(fn)` visits; a container of layers' own listings (`ModuleDict.items()` and the like).

A stack of copies of a layer (`nn.Sequential(*[Block() for _ in range(n)])`, see layer_stacks) is one child; the
modules below it are its copies, as many as the engine may not know: `modules()` is known up to the stack, and
`apply(fn)` visits the copied layer, which stands for each copy."""

from __future__ import annotations

from .alternatives import Alternatives
from .inheritance import TORCH_BASE
from .interp_api import InterpreterApi
from .layer_stacks import LayerStack
from .module_stores import is_layer
from .repeated_objects import first_distinct
from .sequential_subclasses import registry
from .values import UNKNOWN, Const, Container, Sequence, TorchModule, UserObject, Value

MODULE_WALKS = frozenset({"modules", "named_modules"})  # the methods listing every module below one (`all_modules`)


def set_layers(module: UserObject) -> list[tuple[str, Value]] | None:
    """The layers set on a user module by name, in the order torch registered them (those of its `nn.Sequential`
    base first); None when an attribute may be a layer the engine cannot tell (an unknown value, one of several)."""
    layers, complete = first_set_layers(module)
    return layers if complete else None


def first_set_layers(module: UserObject) -> tuple[list[tuple[str, Value]], bool]:
    """The layers set on a user module, in torch's order, up to the first attribute that may be a layer the engine
    cannot tell (an unknown value, one of several), and whether there was none."""
    layers: list[tuple[str, Value]] = []
    base = module.attributes.get(TORCH_BASE)
    if isinstance(base, Container):  # a Sequential of user layers: they are registered first, by index
        children = registry(base)
        layers += list(zip(children.fields, children.items or (), strict=True))
    for name, value in module.attributes.items():
        if name == TORCH_BASE or any(name == registered for registered, _ in layers):
            continue
        if is_layer(value) or isinstance(value, LayerStack):
            layers.append((name, value))
        elif undecided(value):
            return layers, False
    return layers, True


def undecided(value: Value) -> bool:
    """Whether an attribute's value is one the engine cannot tell the kind of (a layer, a tensor, a number)."""
    return isinstance(value, Alternatives) or value is UNKNOWN or (isinstance(value, UserObject) and value.cls.opaque)


def registered_modules(module: UserObject) -> Sequence | None:
    """`module._modules` of a user module: the dict of its layers by name, in torch's order; None when the engine
    cannot list them (a torch base with layers of its own, an attribute that may be a layer)."""
    layers = _own_layers(module)
    if layers is None:
        return None
    return Sequence(tuple(layer for _, layer in layers), "dict", fields=tuple(name for name, _ in layers))


def children(module: UserObject, named: bool) -> Sequence | None:
    """`module.named_children()` (named) or `module.children()` of a user module as a list of (name, layer)
    pairs or of layers, each layer once (known up to the first value met again: see repeated_objects); None when
    the engine cannot list them (a torch base with layers of its own)."""
    layers = _distinct_layers(module)
    return _listed_layers(*layers, named) if layers is not None else None


def _distinct_layers(module: UserObject) -> tuple[list[tuple[str, Value]], bool] | None:
    """A user module's layers by name, each once, and whether none was met twice (see `children`)."""
    layers = _own_layers(module)
    return first_distinct(layers, lambda pair: id(pair[1])) if layers is not None else None


def container_listing(container: Container, name: str) -> Sequence | None:
    """`keys()`, `values()` and `items()` of an `nn.ModuleDict`, `children()` and `named_children()` of any
    container of layers: its names and layers in order (each layer once, as torch lists them); None for other
    methods."""
    layers = list(zip(container.registered_names, container.items, strict=True))
    if name in ("children", "named_children"):
        layers, distinct = first_distinct(layers, lambda pair: id(pair[1]))
    elif container.qualname == "torch.nn.ModuleDict" and name in ("keys", "values", "items"):
        distinct = True  # a dict's views list every entry
    else:
        return None
    if name == "keys":
        return _listed(tuple(Const(key) for key, _ in layers), distinct)
    return _listed_layers(layers, distinct, named=name in ("items", "named_children"))


def _listed_layers(layers: list[tuple[str, Value]], complete: bool, named: bool) -> Sequence:
    """A list of (name, layer) pairs (`named`) or of the layers alone; known only up to its end (see `_listed`)
    where it is not `complete`."""
    return _listed(tuple(Sequence((Const(key), layer), "tuple") if named else layer for key, layer in layers), complete)


def _listed(items: tuple[Value, ...], complete: bool) -> Sequence:
    return Sequence(items, "list") if complete else Sequence(None, "list", prefix=items)


def _own_layers(module: UserObject) -> list[tuple[str, Value]] | None:
    """The layers a user module registered, by name in torch's order, when they are all of its children (no torch
    base with layers of its own)."""
    base = module.attributes.get(TORCH_BASE)
    if isinstance(base, TorchModule) and next(base.module.children(), None) is not None:
        return None
    return set_layers(module)


def submodules(interp: InterpreterApi, module: Value, parent_first: bool = False) -> list[Value] | None:
    """Every module in `module`, in the order `module.apply(fn)` visits them (each one's children first, the
    module itself last), or `module.modules()` meets them (`parent_first`); None when one of them cannot list its
    children."""
    walked = _walk(interp, module, "", parent_first)
    return [layer for _, layer in walked] if walked is not None else None


def _walk(interp: InterpreterApi, module: Value, name: str, parent_first: bool) -> list[tuple[str, Value]] | None:
    """`submodules`, each with the dotted name torch gives it below the module walked from (`module` is `name`)."""
    direct = _named_children(interp, module)
    if direct is None:
        return None
    visited: list[tuple[str, Value]] = []
    for key, child in direct:
        below = _walk(interp, child, f"{name}.{key}" if name else key, parent_first)
        if below is None:
            return None
        visited += below
    return [(name, module), *visited] if parent_first else [*visited, (name, module)]


def copied_modules(interp: InterpreterApi, modules: list[Value]) -> set[int]:
    """The ids of the modules among `modules` that stand for each copy in a stack: a stack's layer and the modules
    under it."""
    copies: set[int] = set()
    for value in modules:
        if isinstance(value, LayerStack):
            copies |= {id(below) for below in submodules(interp, value.layer) or [value.layer]}
    return copies


def all_modules(interp: InterpreterApi, module: Value, named: bool) -> Sequence | None:
    """`module.modules()`, or `module.named_modules()` (`named`: (name, module) pairs): the module, then each
    child's modules in turn, each module once (as torch skips one it has met; known up to the first value met
    again, or to a stack of copies); None when one of them cannot list its children."""
    visited = _walk(interp, module, "", parent_first=True)
    if visited is None:
        return None
    stacks = [position for position, (_, value) in enumerate(visited) if isinstance(value, LayerStack)]
    unique, distinct = first_distinct(visited[: stacks[0] + 1] if stacks else visited, lambda pair: id(pair[1]))
    return _listed_layers(unique, distinct and not stacks, named)


def _named_children(interp: InterpreterApi, module: Value) -> list[tuple[str, Value]] | None:
    if isinstance(module, UserObject):
        layers = _distinct_layers(module)
        return layers[0] if layers is not None and layers[1] else None
    if isinstance(module, Container):
        return list(zip(module.registered_names, module.items, strict=True))
    if isinstance(module, LayerStack):
        return [("0", module.layer)]
    if isinstance(module, TorchModule):
        return [(name, interp.calls.module_attribute(module, name)) for name, _ in module.module.named_children()]
    return None
