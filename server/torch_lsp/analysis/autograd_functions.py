"""User subclasses of `torch.autograd.Function`: `Fn.apply(*args)` runs the class's static `forward(ctx, *args)`
and gives what it returns (torch hands back the forward's tensors, of the same shapes and dtypes). The context
`ctx` keeps the attributes `forward` sets on it, and `ctx.saved_tensors` is the tuple of the tensors it gave
`ctx.save_for_backward`. The static `backward(ctx, *grads)`, which autograd runs with that context, is run with it
too: each grad has the shape, dtype and device of the forward's output it belongs to (autograd gives zeros in
place of a missing grad, unless `ctx.set_materialize_grads(False)` was called: then `backward` is not run), a
non-tensor output's grad is None."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .callables import Builtin
from .inheritance import mro
from .interp_api import InterpreterApi
from .methods import method_kind
from .optional_values import MaybeNone, optional
from .symbols import SymbolsDeferred
from .values import (
    UNKNOWN,
    Const,
    Function,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchRef,
    UserClass,
    UserObject,
    Value,
)

_MATERIALIZE = " materialize"  # noted on a context whose grads may be None (no attribute name has a space)


@dataclass(frozen=True, eq=False)
class Apply(Builtin):
    """`Fn.apply`: calls `static_forward` with a context before its arguments (a call with `*rows` not known item
    by item binds them as a call of `static_forward` would, after the context)."""

    static_forward: Function | None = None


def apply_of(
    interp: InterpreterApi, cls: UserClass, forward: Function | None, backward: Function | None
) -> Apply | None:
    """`cls.apply` when `cls` is an autograd Function whose static `forward` is `forward` (and `backward`, when
    static, its backward); None otherwise."""
    if forward is None or method_kind(forward.node) != "staticmethod" or not _is_autograd_function(interp, cls):
        return None
    if backward is not None and method_kind(backward.node) != "staticmethod":
        backward = None

    def apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        ctx = _context(interp, cls)
        result = interp.call_function(forward, [ctx, *args], kwargs, node)
        grads = _grads(interp, result)
        if backward is not None and grads is not None and _MATERIALIZE not in ctx.attributes:
            interp.call_function(backward, [ctx, *grads], {}, node)
        return result

    return Apply("apply", apply, static_forward=forward)


def _context(interp: InterpreterApi, cls: UserClass) -> UserObject:
    """A fresh `ctx` for one call of `cls.apply`: an object with the members torch's contexts have (unknown),
    whose `save_for_backward(*tensors)` sets its `saved_tensors`, and whose `set_materialize_grads(...)` is noted."""
    node = ast.ClassDef(name="FunctionCtx", bases=[], keywords=[], body=[ast.Pass()], decorator_list=[])
    members = dir(interp.torch.autograd.function.BackwardCFunction)
    context = UserObject(UserClass(node, cls.scope, (), attributes={m: UNKNOWN for m in members if m[:2] != "__"}))

    def save(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        interp.store_attribute(context, "saved_tensors", UNKNOWN if kwargs else Sequence(tuple(args), "tuple"), node)
        return Const(None)

    def materialize(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        interp.store_attribute(context, _MATERIALIZE, Const(None), node)
        return Const(None)

    context.cls.attributes["save_for_backward"] = Builtin("save_for_backward", save)
    context.cls.attributes["set_materialize_grads"] = Builtin("set_materialize_grads", materialize)
    return context


def _grads(interp: InterpreterApi, result: Value) -> list[Value] | None:
    """The grads autograd gives `backward` for a forward that returned `result`, one per output (unknown for an
    output that may or may not be a tensor); None when the outputs are not known one by one. A lone output that may
    be None was a tensor wherever `backward` runs (a None output leaves autograd nothing to differentiate); one of
    several gives its tensor's grad, or None."""
    outputs = result.items if isinstance(result, Sequence) and result.kind == "tuple" else (result,)
    if outputs is None or any(o is UNKNOWN for o in outputs):
        return None
    grads: list[Value] = []
    for output in outputs:
        tensor = output.value if isinstance(output, MaybeNone) else output
        if isinstance(tensor, TensorValue):
            try:
                probe = interp.calls.empty(list(tensor.probe.shape), tensor.probe.dtype)
            except SymbolsDeferred:
                return None
            grad = TensorValue(probe, tensor.device, dtypes=tensor.dtypes)
            grads.append(grad if tensor is output or len(outputs) == 1 else optional(grad))
        else:
            grads.append(Const(None) if isinstance(output, (Const, Scalar, SymDim)) else UNKNOWN)
    return grads


def _is_autograd_function(interp: InterpreterApi, cls: UserClass) -> bool:
    """Whether `torch.autograd.Function` is among `cls`'s ancestors."""
    function = interp.torch.autograd.Function
    order = mro(cls) or []
    return any(
        isinstance(base, TorchRef) and isinstance(base.obj, type) and issubclass(base.obj, function) for base in order
    )
