"""Forward hooks: after `module.register_forward_hook(hook)`, every call of that module hands its output to
`hook(module, args, output)`, and a value the hook returns that is not None replaces the output (a kv-cache that
concatenates what earlier calls saw); `register_forward_pre_hook(hook)` hands the positional arguments to
`hook(module, args)` first, and a value it returns replaces them (a tuple, or the one argument). `handle.remove()`
takes the hook off. Calling `module.forward(...)` runs no hook, as in torch.

A hook on a layer inside a torch module the engine runs whole (`model.encoder.layers[0].linear1` of an
`nn.TransformerEncoder`) would run inside torch, where the engine cannot run user code: calls of such an
enclosing module give nothing once a hook is on one of its layers, and so do hooks registered with options
(`with_kwargs=True` changes what the hook is given). A hook registered on a module the engine does not know may
be on any module: from then on, no module call gives a value. Such calls still run the module's code, on unknown
arguments, so that hints inside it cover them too."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field

from .callables import Builtin
from .interp_api import InterpreterApi
from .joins import join
from .optional_values import may_be_none, without_none
from .values import UNKNOWN, Const, Container, Modelled, Sequence, TorchModule, UserObject, Value

HOOK_REGISTRATIONS = ("register_forward_hook", "register_forward_pre_hook")
Unhooked = Callable[[Value, list[Value], dict[str, Value], ast.AST], Value]  # a module call without its hooks


@dataclass
class _Hooks:
    """The hooks on one module, in the order torch calls them; `opaque` when one was given options."""

    pre: list[Value] = field(default_factory=list)
    post: list[Value] = field(default_factory=list)
    opaque: bool = False


@dataclass(frozen=True, eq=False)
class HookHandle(Modelled):
    """What `register_forward_hook` returns: its `remove()` takes the hook off the module."""

    registry: ForwardHooks
    hooks: _Hooks
    kind: str
    hook: Value

    def member(self, name: str) -> Value:
        """`handle.remove`."""
        if name != "remove":
            return UNKNOWN
        return Builtin("remove", lambda interp, args, kwargs, node: self._remove())

    def _remove(self) -> Value:
        listed = self.hooks.pre if self.kind == HOOK_REGISTRATIONS[1] else self.hooks.post
        if self.hook in listed:
            listed.remove(self.hook)
            self.registry.version += 1
        return Const(None)


class ForwardHooks:
    """The forward hooks a program registered, by module."""

    def __init__(self) -> None:
        # by the id of the module value the hook was put on, with that value (so that its id stays its own)
        self._by_module: dict[int, tuple[Value, _Hooks]] = {}
        self._inner: set[int] = set()  # the ids of the torch modules of hooked torch layers
        self._anywhere = False  # a hook went on a module the engine does not know
        self.version = 0  # counts the hooks put on and taken off

    def register(self, module: Value, kind: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`module.register_forward_hook(hook)` / `register_forward_pre_hook(hook)`: its handle."""
        if not isinstance(module, (TorchModule, UserObject, Container)) or len(args) != 1:
            return UNKNOWN
        if isinstance(module, TorchModule):
            self._inner.add(id(module.module))
        hooks = self._by_module.setdefault(id(module), (module, _Hooks()))[1]
        self.version += 1
        prepend = kwargs.get("prepend", Const(False))
        if set(kwargs) - {"prepend"} or not isinstance(prepend, Const):
            hooks.opaque = True
            return UNKNOWN
        listed = hooks.pre if kind == HOOK_REGISTRATIONS[1] else hooks.post
        listed.insert(0 if prepend.value else len(listed), args[0])
        return HookHandle(self, hooks, kind, args[0])

    def lose_track(self) -> None:
        """A hook went on a module the engine does not know."""
        self._anywhere = True
        self.version += 1

    def hooked(self, module: Value) -> bool:
        """Whether calling `module` runs hooks, or may: a torch module run whole runs the hooks of the layers inside
        it (torch layers built alike share one torch module in the engine: any of them counts)."""
        if not isinstance(module, (TorchModule, UserObject, Container)):
            return False
        if self._anywhere or id(module) in self._by_module:
            return True
        if not (isinstance(module, TorchModule) and self._inner):
            return False
        return any(id(layer) in self._inner for layer in module.module.modules() if layer is not module.module)

    def call(
        self,
        interp: InterpreterApi,
        module: Value,
        args: list[Value],
        kwargs: dict[str, Value],
        node: ast.AST,
        unhooked: Unhooked,
    ) -> Value:
        """Call `module` as torch does with its hooks: pre-hooks on the arguments, the call (`unhooked`), hooks on
        the output."""
        entry = self._by_module.get(id(module))
        if entry is None or entry[1].opaque or self._anywhere:  # a hook inside torch, given options, or anywhere
            return _unfollowed(module, args, kwargs, node, unhooked)
        hooks = entry[1]
        for hook in hooks.pre:
            returned = interp.call(hook, [module, Sequence(tuple(args), "tuple")], {}, node)
            if _surely_none(returned):
                continue
            replaced = _arguments(returned)
            if replaced is None:
                return _unfollowed(module, args, kwargs, node, unhooked)
            args = replaced
        output = unhooked(module, args, kwargs, node)
        for hook in hooks.post:
            returned = interp.call(hook, [module, Sequence(tuple(args), "tuple"), output], {}, node)
            if not _surely_none(returned):
                kept = without_none(returned)
                output = join(output, kept, interp.symbols) if may_be_none(returned) else kept
        return output

    def any(self) -> bool:
        """Whether the program registered a forward hook."""
        return bool(self._by_module) or self._anywhere


def _surely_none(returned: Value) -> bool:
    return isinstance(returned, Const) and returned.value is None


def _arguments(returned: Value) -> list[Value] | None:
    """The arguments a pre-hook's return value stands for (torch makes one argument of what is not a tuple); None
    when the hook may have returned None or a tuple of unknown length."""
    if may_be_none(returned):
        return None
    if not (isinstance(returned, Sequence) and returned.kind == "tuple"):
        return [returned]
    return list(returned.items) if returned.items is not None else None


def _unfollowed(module: Value, args: list[Value], kwargs: dict[str, Value], node: ast.AST, unhooked: Unhooked) -> Value:
    """A call whose hooks the engine cannot follow: the module's code still runs, on arguments a pre-hook may have
    replaced (unknown), so that what it computes there joins the hints of that code; the output is unknown."""
    unhooked(module, [UNKNOWN] * len(args), dict.fromkeys(kwargs, UNKNOWN), node)
    return UNKNOWN
