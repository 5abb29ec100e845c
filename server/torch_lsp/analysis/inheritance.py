"""Classes that inherit: the method resolution order of user classes (C3, as Python computes it), `super()`
(the next class after the caller's along the instance's order) and user subclasses of torch layers (`class
LayerNorm(nn.LayerNorm)`), whose torch part is built by `super().__init__(...)` or by the inherited `__init__`
and answers for the parameters and the `forward` the subclass does not define."""

from __future__ import annotations

import ast
import weakref
from typing import Any

from . import module_modes, overlays
from .callables import Builtin
from .interp_api import InterpreterApi
from .methods import FunctionNode, bound_member, class_bound, method_kind
from .overlays import dataclasses as records
from .values import (
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Function,
    Instance,
    SuperOf,
    TorchModule,
    TorchRef,
    UserClass,
    UserObject,
    Value,
)

TORCH_BASE = "<torch base>"  # the attribute holding a user object's torch layer (never a Python name)

Ancestor = UserClass | TorchRef
OBJECT = Instance("builtins.object")  # what the name `object` binds


def adds_nothing(base: Value) -> bool:
    """Whether a base class adds nothing an instance's attributes or methods depend on (`object`, `abc.ABC`)."""
    return base is OBJECT or base is overlays.abc.ABC


def is_dict_type(base: Value) -> bool:
    """Whether a value is the builtin `dict` (or `collections.OrderedDict`, which the engine models as it)."""
    return isinstance(base, Builtin) and base.name == "dict"


_ORDERS: weakref.WeakKeyDictionary[UserClass, list[Ancestor | Builtin] | None] = weakref.WeakKeyDictionary()


def mro(cls: UserClass) -> list[Ancestor] | None:
    """`cls.__mro__` down to its torch bases (which stand for their own torch ancestry), `dict` left out where it
    comes after every user class (see dict_subclasses); None when a base is not a class the engine knows or the
    order is inconsistent. A class's bases never change: computed once."""
    order = _order(cls)
    if order is None or any(is_dict_type(k) for k in order[:-1]):
        return None
    return [k for k in order if not isinstance(k, Builtin)]


def derives_dict(cls: UserClass) -> bool:
    """Whether `dict` is in `cls`'s order, after every user class (a dict subclass the engine models)."""
    order = _order(cls)
    return order is not None and is_dict_type(order[-1]) and all(isinstance(k, UserClass) for k in order[:-1])


def _order(cls: UserClass) -> list[Ancestor | Builtin] | None:
    if cls not in _ORDERS:
        _ORDERS[cls] = _linearised(cls)
    return _ORDERS[cls]


def _linearised(cls: UserClass) -> list[Ancestor | Builtin] | None:
    """C3 linearisation of `cls` and its bases (`dict` included)."""
    tails: list[list[Ancestor | Builtin]] = []
    for base in cls.bases:
        if isinstance(base, UserClass):
            tail = _order(base)
            if tail is None:
                return None
            tails.append(tail)
        elif (isinstance(base, TorchRef) and isinstance(base.obj, type)) or is_dict_type(base):
            tails.append([base])  # type: ignore[list-item]
        elif base is not overlays.typing.NAMED_TUPLE and not adds_nothing(base):
            return None
    tails.append([b for b in cls.bases if isinstance(b, (UserClass, TorchRef)) or is_dict_type(b)])  # type: ignore[misc]
    order: list[Ancestor | Builtin] = [cls]
    while any(tails):
        head = next((t[0] for t in tails if t and not any(t[0] in other[1:] for other in tails)), None)
        if head is None:
            return None
        order.append(head)
        tails = [t[1:] if t and t[0] is head else t for t in tails]
    return order


def defining_class(cls: UserClass, name: str) -> UserClass | None:
    """The first user class along `cls`'s order whose body defines method `name`; None where a class before it
    binds `name` to something else (a wrapper a decorator made)."""
    for k in mro(cls) or [cls]:
        if isinstance(k, UserClass) and name in k.methods:
            return k
        if isinstance(k, UserClass) and name in k.attributes:
            return None
    return None


def torch_layer_base(torch: Any, cls: UserClass) -> TorchRef | None:
    """The torch layer class a user class derives from (`nn.LayerNorm`; `nn.Module` itself is not one)."""
    for ancestor in mro(cls) or []:
        if isinstance(ancestor, TorchRef) and _is_layer(torch, ancestor.obj):
            return ancestor
    return None


def _is_layer(torch: Any, obj: Any) -> bool:
    return isinstance(obj, type) and issubclass(obj, torch.nn.Module) and obj is not torch.nn.Module


def build_torch_base(
    interp: InterpreterApi, obj: UserObject, base: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> None:
    """Run the torch layer's `__init__` for a user object: the layer built on the meta device becomes its torch
    part (a layer the engine does not build leaves the object without one)."""
    layer = interp.calls.call_ref(base, args, kwargs, node)
    if isinstance(layer, (TorchModule, Container)):  # a Sequential of user layers is a Container
        obj.attributes[TORCH_BASE] = layer
    else:
        obj.attributes.pop(TORCH_BASE, None)


def super_of(args: list[Value], caller: Function | None, receiver: Value | None) -> Value:
    """`super()` in a method (the caller's class and first argument) or `super(Class, obj)`."""
    if not args and caller is not None and caller.owner is not None and isinstance(receiver, (UserObject, UserClass)):
        return SuperOf(receiver, caller.owner)
    if len(args) == 2 and isinstance(args[0], UserClass) and isinstance(args[1], (UserObject, UserClass)):
        return SuperOf(args[1], args[0])
    return UNKNOWN


def super_member(interp: InterpreterApi, proxy: SuperOf, name: str, node: ast.AST) -> Value | None:
    """`super().name`: the member of the first class after the caller's, along the instance's order, that has it;
    None where none of them has it (the member is `dict`'s or `object`'s)."""
    if isinstance(proxy.obj, UserClass):
        return _class_super_member(proxy.obj, proxy.cls, name)
    order = mro(proxy.obj.cls)
    if order is None or proxy.cls not in order:
        return UNKNOWN
    obj = proxy.obj
    for ancestor in order[order.index(proxy.cls) + 1 :]:
        if isinstance(ancestor, UserClass) and name in ancestor.methods:
            return _bound(interp, obj, ancestor, ancestor.methods[name], node)
        if isinstance(ancestor, UserClass) and name in ancestor.attributes:
            return UNKNOWN
        if isinstance(ancestor, UserClass) and name == "__init__" and ancestor.record == records.DATACLASS:
            return records.generated_init(ancestor, obj)
        if isinstance(ancestor, TorchRef):
            return _torch_member(interp, obj, ancestor, name)
    return None


def _class_super_member(cls: UserClass, after: UserClass, name: str) -> Value | None:
    """`super().name` in a classmethod of `after` called on `cls`: a classmethod found after `after` in `cls`'s order
    is bound to `cls`, another `def` is the function itself (not a special method, which Python may bind itself); None
    where no class of the order has the name."""
    order = mro(cls)
    if order is None or after not in order:
        return UNKNOWN
    for ancestor in order[order.index(after) + 1 :]:
        if isinstance(ancestor, UserClass) and name in ancestor.methods:
            function = Function(ancestor.methods[name], ancestor.scope, ancestor)
            kind = method_kind(function.node)
            if kind == "classmethod":
                return class_bound(function, cls, name)
            implicit = name.startswith("__")  # `__init_subclass__`, `__new__`: bound by Python without a decorator
            return function if kind in ("method", "staticmethod") and not implicit else UNKNOWN
        if isinstance(ancestor, TorchRef) or (isinstance(ancestor, UserClass) and name in ancestor.attributes):
            return UNKNOWN
    return None


def torch_base_call(
    interp: InterpreterApi, callee: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value | None:
    """`nn.Linear.__init__(self, ...)` / `nn.Linear.forward(self, x)`: a torch class's function called on a user
    object whose class derives from it is that base's member for the object, as `super()` gives it; else None."""
    if not (args and isinstance(args[0], UserObject)) or not callable(callee.obj):
        return None
    obj, name = args[0], callee.qualname.rsplit(".", 1)[-1]
    for ancestor in mro(obj.cls) or []:
        if isinstance(ancestor, TorchRef) and getattr(ancestor.obj, name, None) is callee.obj:
            member = _torch_member(interp, obj, ancestor, name)
            return interp.call(member, args[1:], kwargs, node) if member is not UNKNOWN else UNKNOWN
    return None


def _bound(interp: InterpreterApi, obj: UserObject, owner: UserClass, method: FunctionNode, node: ast.AST) -> Value:
    """`owner`'s def `method` read through `super()`: a plain method is bound to `obj` here, as the class that
    defines it (looking it up by name again would find the caller's override)."""
    function = Function(method, owner.scope, owner)
    member = bound_member(interp, obj, function, node)
    if member is not None:
        return member
    return Builtin(
        method.name,
        lambda i, args, kwargs, n: i.call_function(function, [obj, *args], kwargs, n),
        wraps=BoundMethod(obj, method.name),
    )


def _torch_member(interp: InterpreterApi, obj: UserObject, base: TorchRef, name: str) -> Value:
    """A member of a torch base class: its `__init__` builds the object's torch part, the rest is the layer's."""
    if name == "__init__":
        if not _is_layer(interp.torch, base.obj):
            return Builtin(name, lambda i, args, kwargs, n: Const(None))
        return Builtin(name, lambda i, args, kwargs, n: _initialised(i, obj, base, args, kwargs, n))
    if name == "__call__":  # `nn.Module.__call__` runs the object's own `forward`, found from its class
        return Builtin(name, lambda i, args, kwargs, n: i.call(i.attribute(obj, "forward", n), args, kwargs, n))
    layer = obj.attributes.get(TORCH_BASE)
    if isinstance(layer, Container):
        if name != "forward":
            return UNKNOWN
        return Builtin(name, lambda i, args, kwargs, n: i.call(layer, args, kwargs, n))
    if not isinstance(layer, TorchModule) and module_modes.TRAINING in obj.attributes:
        return Builtin(name, lambda i, args, kwargs, n: i.module_method(obj, name, args, kwargs))
    if not isinstance(layer, TorchModule):
        return UNKNOWN
    if name == "forward":
        return Builtin(name, lambda i, args, kwargs, n: i.calls.call_module(layer, args, kwargs, n))
    return interp.calls.module_attribute(layer, name)


def _initialised(
    interp: InterpreterApi, obj: UserObject, base: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST
) -> Value:
    build_torch_base(interp, obj, base, args, kwargs, node)
    return Const(None)
