"""How calls into torch are evaluated: allow-listed ones run on probes, the rest are modelled or ignored."""

from __future__ import annotations

import ast
import functools
import inspect
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from typing import Any, TypeGuard

from . import (
    allowlist,
    broadcast_sizes,
    byte_conditions,
    ctc_lengths,
    dtype_variants,
    embedding_bags,
    in_place_tensors,
    indexed_writes,
    layer_stacks,
    lazy_layers,
    legacy_tensors,
    packed_sequences,
    partial_concats,
    ragged_batches,
    recurrent_shapes,
    saved_files,
    schemas,
    symbolic_forms,
    symbolic_layers,
    symbolic_pieces,
    unknown_flags,
    unknown_reductions,
)
from .batches import batch_sizes
from .choices import one_of
from .class_weights import without_unknown_weight
from .concrete import NotConcrete, from_concrete, is_concrete, to_concrete
from .dataset_lengths import user_dataset_length
from .endless_samplers import is_endless
from .forward_helpers import helper_layer
from .inferred_sizes import with_inferred_size
from .inheritance import defining_class
from .int_facts import listed_ints, python_index, with_int_facts
from .interp_api import MAX_CONST_ITEMS, InterpreterApi
from .joins import join_all
from .layer_modes import LayerModes, evaluating
from .layer_stacks import MODULE_LIST
from .listed_numbers import listed_numbers
from .literals import run_on_contents, scalar_contents, with_contents, with_derived_contents
from .matched_inputs import at_sizes, fitted, matched, requirement
from .op_cache import COMPUTED, NO_GRAD, contiguous_probe
from .optional_values import optional
from .overlays.number_limits import torch_limits
from .overlays.numpy_model import NdArray, tensor_from_array
from .overlays.wrappers import wrapped_layer
from .probes import OpError, OpResult, holds_symbols, tree_tensors
from .python_builtins import BUILTINS, is_dict
from .reasons import Reason, argument_reason
from .reduced_losses import reduced_loss, unknown_target_dtypes
from .refused_none import past_refused_none
from .row_tensors import joined_size
from .size_tuples import size_tuple
from .source import called_name
from .spawned_processes import spawned
from .symbols import SymbolsDeferred
from .type_checks import TypeOf
from .values import (
    BARE_MODULE,
    REAL,
    UNKNOWN,
    BoundMethod,
    Const,
    Container,
    Dataset,
    Function,
    Instance,
    Literal,
    Loader,
    Range,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    TorchModule,
    TorchRef,
    UserObject,
    Value,
    forget_contents,
    is_int,
    tensors_in,
)

_FACTORIES_WITH_DEVICE = {"device"}
_CONTAINERS = ("torch.nn.Sequential", "torch.nn.ModuleList")
_UNBATCHED_SIZE_LIMIT = 1 << 40
MAX_COLLATE_CALLS = 16
Collate = Function | UserObject | BoundMethod  # a collate_fn the engine interprets


def short_op(qualname: str) -> str:
    """`torch.nn.functional.relu` -> `F.relu`, `torch.Tensor.view` -> `view`, `torch.cat` -> `torch.cat`."""
    for prefix, short in (("torch.nn.functional.", "F."), ("torch.Tensor.", ""), ("torch.nn.", "nn.")):
        if qualname.startswith(prefix):
            return short + qualname[len(prefix) :]
    return qualname


def _logical_device(value: Value) -> str | None:
    import torch

    if isinstance(value, Const):
        if isinstance(value.value, torch.device):
            return str(value.value)
        if isinstance(value.value, str):
            return value.value
        if isinstance(value.value, int):
            return f"cuda:{value.value}"
    return "?" if value is not UNKNOWN and value is not None else None


def split_device(kwargs: dict[str, Value]) -> tuple[dict[str, Value], str | None]:
    """Remove a `device=` argument (probes always live on meta) and return the device the user meant."""
    if "device" not in kwargs:
        return kwargs, None
    rest = {k: v for k, v in kwargs.items() if k != "device"}
    return rest, _logical_device(kwargs["device"]) or "?"


def first_tensor(args: list[Value], kwargs: dict[str, Value]) -> TensorValue | None:
    """The first tensor among the arguments (looking inside lists and tuples)."""
    for value in [*args, *kwargs.values()]:
        if isinstance(value, TensorValue):
            return value
        if isinstance(value, Sequence) and value.items:
            found = first_tensor(list(value.items), {})
            if found is not None:
                return found
    return None


def tensor_device(args: list[Value], kwargs: dict[str, Value]) -> str:
    """The device of the first tensor argument, else cpu."""
    tensor = first_tensor(args, kwargs)
    return tensor.device if tensor is not None else "cpu"


class TorchCalls:
    """Evaluates calls whose callee is torch's (functions, classes, tensor methods, modules)."""

    def __init__(self, interp: InterpreterApi) -> None:
        self.interp = interp
        self.torch = interp.torch
        self.reasons: dict[int, Reason] = {}  # line -> why a call there gave up (see reasons.py)
        self.unknown_floats: set[int] = set()  # ids of layers built with a stand-in for an unknown rate
        # the layers inside a torch module, one value each per parent value and name: layers built alike share one
        # torch module, so a layer's identity (its forward hooks) is that of the value, kept here (with its parent)
        self._layers_inside: dict[tuple[int, Any], tuple[TorchModule, TorchModule]] = {}
        # the lists of ints torch modules hold (a pooling's sizes, as given), one value each per parent value and list
        # (by their ids; layers built alike share their lists), with the list: a change in place through any name
        # holding the value changes the layer
        self._lists_inside: dict[tuple[int, int], tuple[TorchModule, Sequence, list[int]]] = {}
        self.modes = LayerModes()
        self._helpers: dict[tuple[int, str], Any] = {}  # (layer id, name) -> the layer running that forward helper

    # -- running allow-listed callables -------------------------------------------------------
    def run(
        self,
        label: str,
        fn: Any,
        args: list[Value],
        kwargs: dict[str, Value],
        node: ast.AST,
        device: str | None = None,
        confirm: bool = True,
        related: Iterable[tuple[int, str]] = (),
        module: TorchModule | None = None,
    ) -> Value:
        """Run `fn` on the concrete form of the arguments; record an issue if torch raises."""
        kwargs = dict(sorted(kwargs.items()))  # the order the op cache keys them in (result.shares counts on it)
        symbols = self.interp.runner.symbols
        operands = broadcast_sizes.operands_of(args, kwargs) if broadcast_sizes.broadcasts(label) else []
        if operands:
            args, kwargs = broadcast_sizes.apart_arguments(label, args, kwargs, symbols)
        given_args, given_kwargs = args, kwargs
        args, kwargs = [_as_number(a) for a in args], {k: _as_number(v) for k, v in kwargs.items()}
        args, kwargs = past_refused_none(fn, args, kwargs)
        args, kwargs = _representative_scalars(label, args, kwargs)
        try:
            c_args = tuple(to_concrete(a) for a in args)
            c_kwargs = {k: to_concrete(v) for k, v in kwargs.items()}
        except NotConcrete:
            args, kwargs = self._stand_ins(label, fn, args, kwargs, node)
            try:
                c_args = tuple(to_concrete(a) for a in args)
                c_kwargs = {k: to_concrete(v) for k, v in kwargs.items()}
            except NotConcrete:
                split = symbolic_pieces.pieces_of_unknown_sizes(
                    label, given_args, given_kwargs, lambda shape: self._made_like(given_args[0], shape, label, node)
                )
                if split is None:
                    split = self._concat_of_unknown(label, fn, given_args, given_kwargs, node)
                if split is None and unknown_reductions.averages_unknown(label, given_args, given_kwargs):
                    split = self._average_of_unknown(node)
                if split is None and embedding_bags.pools_unknown(self.torch, fn, given_args):
                    split = self._bags_of_unknown(fn, label, node)
                if split is None:
                    split = self._loss_of_unknown(label, fn, given_args, given_kwargs, node)
                if split is None:
                    self._give_up(node, label, args, kwargs)
                return split if split is not None else UNKNOWN
        inplace = kwargs.get("inplace")
        if kwargs.get("out") is not None or (isinstance(inplace, Const) and inplace.value):
            forget_contents([*args, *kwargs.values()])
        dropped = self._dropout_of_symbolic_sizes(label, fn, args, node)
        if dropped is not None:
            return dropped
        if self._squeezes_a_maybe_one(label, args, kwargs):
            return UNKNOWN
        if (misfit := ctc_lengths.misfit(self.torch, fn, args, kwargs, symbols.surely_differ)) is not None:
            self.interp.report(node, label, OpError(symbols.rename(misfit), "RuntimeError", None, True), args)
            return UNKNOWN
        tensors = tensors_in([*args, *kwargs.values()])
        result, dtypes = self._call_each_dtype(label, fn, tensors, c_args, c_kwargs, confirm)
        if result is None:
            return UNKNOWN
        if result.error is not None and module is not None and not self.modes.surely_training(self._family(module)):
            with evaluating(fn):
                result, dtypes = self._call_each_dtype(label, fn, tensors, c_args, c_kwargs, confirm)
            if result is None:
                return UNKNOWN
        if result.error is not None:
            self.interp.report(node, label, result.error, [*args, *kwargs.values()], related, module)
            return UNKNOWN
        for issue in (result.with_defaults, result.may_raise):
            if issue is not None:
                self.interp.report(node, label, issue, [*args, *kwargs.values()], related, module)
        if not result.evaluated:
            split = symbolic_pieces.pieces(
                label, args, kwargs, lambda shape: self._made_like(args[0], shape, label, node)
            ) or reduced_loss(self.torch, label, fn, args, kwargs, lambda: self._made_like(args[0], [], label, node))
            return split if split is not None else UNKNOWN
        value, checked_on = result.value, result.checked_on
        if not _all_sizes_known(value) and not any(t.dtypes for t in tensors):
            exact = run_on_contents(label, fn, args, kwargs)
            value, checked_on = (exact, "cpu") if exact is not None else (value, checked_on)
        base_device = device or tensor_device(args, kwargs)
        source = first_tensor(args, kwargs)
        origin = source.origin if source is not None else ()
        op = short_op(label)
        literals = (
            _shared_literals(tensors, result.shares, len(tree_tensors((c_args, c_kwargs))))
            if any(t.literals for t in tensors)
            else ()
        )

        def make(probe: Any) -> TensorValue:
            line = node_line(node)
            return TensorValue(
                probe, base_device, (*origin[-3:], op), checked_on, line, literals, dtypes.get(id(probe))
            )

        value = with_derived_contents(from_concrete(value, make), label, fn, given_args, given_kwargs)
        value = with_int_facts(self.interp, value, fn, label, given_args, given_kwargs)
        return broadcast_sizes.with_known_sizes(value, operands, symbols) if operands else value

    def _call_each_dtype(
        self, label: str, fn: Any, tensors: list[TensorValue], args: tuple, kwargs: dict, confirm: bool
    ) -> tuple[OpResult | None, dict[int, frozenset[Any]]]:
        """The call's result, run once per dtype its tensors whose dtype is not known may have (see dtype_variants),
        with the dtypes of the result tensors (by id) that are not known; None when the runs disagree."""
        runner = self.interp.runner
        fn = byte_conditions.eager_form(symbolic_forms.symbolic_form(fn), args, kwargs)
        if not any(t.dtypes for t in tensors):
            return runner.call(label, fn, args, kwargs, confirm=confirm), {}
        runs = dtype_variants.variant_arguments(tensors, args, kwargs, runner.symbols)
        if runs is None:
            return None, {}
        found = dtype_variants.merged([runner.call(label, fn, a, k, confirm=confirm) for a, k in runs])
        return found if found is not None else (None, {})

    def _give_up(self, node: ast.AST, label: str, args: list[Value], kwargs: dict[str, Value]) -> None:
        """Remember which argument of the call at `node` could not be evaluated (the first one, per line)."""
        line = node_line(node)
        if line is None or line in self.reasons:
            return
        position = next((i for i, a in enumerate(args) if not is_concrete(a)), None)
        keyword = next((k for k, v in kwargs.items() if not is_concrete(v)), None) if position is None else None
        method = label.startswith("torch.Tensor.")
        reason = argument_reason(node, short_op(label), position, keyword, method)
        if reason is not None:
            self.reasons[line] = reason

    def _stand_ins(
        self,
        label: str,
        fn: Any,
        args: list[Value],
        kwargs: dict[str, Value],
        node: ast.AST | None = None,
        expressions: tuple[list[ast.expr | None], dict[str, ast.expr]] | None = None,
        probeless: bool = False,
    ) -> tuple[list, dict]:
        """The arguments with each unknown one that cannot change the result's shape left out (a generator,
        a layout: see schemas) and each unknown size replaced by a symbol: named after the variable passed
        (`torch.ones(n, n)` is `[n, n]`; `expressions`: the arguments', else those of the call at `node`),
        else a fresh one (`probeless`: one torch has no value to decide with, see Interpreter.unknown_size)."""
        start = 1 if label.startswith("torch.Tensor.") else 0
        written, keyword_sources = expressions or _argument_sources(node, label, len(args) - start)
        sources: list[ast.expr | None] = [*([None] * start), *written]
        if inspect.isclass(fn):
            sizes, either = _int_parameters(fn), _int_parameters(fn, _int_or_ints)
            fresh = partial(self._fresh, probeless=probeless)

            def sized(value: Value, declared: bool, int_or_ints: bool) -> bool:
                return declared or (int_or_ints and isinstance(value, Scalar) and value.kind is int)

            args = [
                fresh(a, sources[i]) if i < len(sizes[0]) and sized(a, sizes[0][i], either[0][i]) else a
                for i, a in enumerate(args)
            ]
            kwargs = {
                k: fresh(v, keyword_sources.get(k)) if sized(v, k in sizes[1], k in either[1]) else v
                for k, v in kwargs.items()
            }
            return args, kwargs
        # sizes passed one by one (`torch.zeros(n, 3)`, `x.view(n, -1)`): each must be an int
        spread = (
            schemas.takes_size_list(label, len(args))
            and len(args) - start > 1
            and not any(isinstance(a, Sequence) for a in args[start:])  # `F.pad(x, (0, n), "constant")`: a list
        )
        given = start + 1 if spread else len(args)
        new_args = []
        for position, value in enumerate(args):
            if spread and position >= start:
                new_args.append(self._fresh(value, sources[position]))
            else:
                role = schemas.role(label, position=position, given=given, number=_unknown_number(value))
                new_args.append(self._stand_in(role, value, sources[position]))
        kwargs = {
            k: self._stand_in(
                schemas.role(label, keyword=k, given=given, number=_unknown_number(v)), v, keyword_sources.get(k)
            )
            for k, v in kwargs.items()
        }
        return new_args, {k: v for k, v in kwargs.items() if v is not _LEFT_OUT}

    def _stand_in(self, role: str | None, value: Value, source: ast.expr | None) -> Any:  # a Value, or _LEFT_OUT
        if is_concrete(value) or role is None:
            return value
        if role == schemas.FREE:
            return _LEFT_OUT
        if role == schemas.RATE and _unknown_number(value):  # a valid rate for every op that takes one
            return Const(0.5)
        if isinstance(value, Sequence) and value.items is not None and role == schemas.SIZES:
            sources = _item_sources(source, len(value.items))
            return Sequence(
                tuple(self._fresh(item, s) for item, s in zip(value.items, sources, strict=True)), value.kind
            )
        if role == schemas.SIZES and value is UNKNOWN:  # one size, or a list of them
            return value
        return self._fresh(value, source)

    def _fresh(self, value: Value, source: ast.expr | None = None, probeless: bool = False) -> Value:
        """A symbol for an unknown int (an unknown value that must be an int where it is passed): the size named
        after the variable or attribute `source` reads, else a fresh one."""
        if value is UNKNOWN or (isinstance(value, Scalar) and value.kind is int):
            return self.interp.unknown_size(source, probeless)
        return value

    # -- torch.* references -------------------------------------------------------------------
    def call_ref(self, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Evaluate `torch.something(...)`."""
        torch = self.torch
        obj = ref.obj
        if obj is None:
            return UNKNOWN
        data = torch.utils.data
        legacy = legacy_tensors.tensor_type(torch, ref)
        if legacy is not None:
            return self._legacy_tensor(legacy, args, node)
        sparse = legacy_tensors.sparse_type(torch, ref)
        if sparse is not None:
            return self._legacy_sparse(sparse, args, kwargs, node)
        if obj is torch.autograd.grad:
            return self._gradients(args, kwargs)
        if obj is torch.autograd.Variable:  # since torch 0.4 it returns the tensor it is given
            return args[0] if args and isinstance(args[0], TensorValue) else UNKNOWN
        if _initialiser(obj):
            filled = args[0] if args else kwargs.get("tensor", UNKNOWN)
            return filled if isinstance(filled, TensorValue) else UNKNOWN
        if obj is torch.jit.annotate:  # outside TorchScript it returns the value it is given
            given = [*args, *(kwargs[k] for k in ("the_type", "the_value") if k in kwargs)]
            return given[1] if len(given) == 2 else UNKNOWN
        if obj is torch.device:
            return self._device(args)
        limits = torch_limits(torch, ref, args, kwargs)
        if limits is not None:
            return limits
        if obj in (data.DataLoader,):
            return self._loader(args, kwargs, node)
        if obj is data.TensorDataset:
            return self._tensor_dataset(args, node)
        if obj is data.BatchSampler:
            return self._batch_sampler(args, kwargs)
        if obj in (data.SequentialSampler, data.RandomSampler, data.SubsetRandomSampler) and len(args) == 1:
            drawn = None if "num_samples" in kwargs else _known_length(args[0])
            return Range(Scalar(int), drawn)  # the indices of the data, in some order
        if obj is data.random_split:
            return self._random_split(args, kwargs)
        if obj is torch.save:
            saved_files.save(self.interp.saved, args, kwargs, self.interp.symbols)
            return Const(None)
        if obj is torch.load:
            location = args[1] if len(args) > 1 else kwargs.get("map_location", Const(None))
            device = None if isinstance(location, Const) and location.value is None else _logical_device(location)
            return saved_files.load(self.interp.saved, args, kwargs, device, node_line(node))
        if obj in (torch.nn.utils.clip_grad_norm_, torch.nn.utils.clip_grad_norm):
            return self._total_norm(args[0] if args else kwargs.get("parameters", UNKNOWN), node)
        if obj in (data.Subset,):
            return self._subset(args, kwargs, node)
        processes = spawned(self.interp, torch, obj, args, kwargs, node)
        if processes is not None:
            return processes
        packed = packed_sequences.packed_call(self.interp, obj, args, kwargs, node_line(node))
        if packed is not None:
            return packed
        if obj is torch.Size:
            return size_tuple(self.interp, args, kwargs)
        if inspect.isclass(obj):
            return self._construct(ref, args, kwargs, node)
        pretrained = {layer.from_pretrained.__func__: layer for layer in (torch.nn.Embedding, torch.nn.EmbeddingBag)}
        if getattr(obj, "__func__", obj) in pretrained:
            return self._from_pretrained(ref, pretrained[getattr(obj, "__func__", obj)], args, kwargs, node)
        if allowlist.is_allowed_function(ref.qualname, obj):
            kwargs, device = split_device(kwargs)
            open_list = bool(args) and isinstance(args[0], Sequence) and args[0].items is None
            if open_list and obj in (torch.cat, torch.concat, torch.stack):
                return self._join_unknown_count(ref.qualname, obj, args, kwargs, node)
            if open_list and obj is torch.nn.utils.rnn.pad_sequence:
                return ragged_batches.padded(self, self.interp.symbols, ref.qualname, obj, args, kwargs, node)
            value = self.run(ref.qualname, obj, args, kwargs, node, device=device or tensor_device(args, kwargs))
            if value is UNKNOWN and obj is torch.stack and args and _sizes_may_agree(args[0]):
                return self._stack_joined(ref.qualname, obj, args, kwargs, node)
            if value is UNKNOWN and obj in (torch.cat, torch.concat) and args:
                return self._cat_joined(ref.qualname, obj, args, kwargs, node)
            written = indexed_writes.written_tensor(torch, obj, args, kwargs) if value is UNKNOWN else None
            if written is not None:
                return self.run("torch.Tensor.clone", torch.Tensor.clone, [written], {}, node, device=written.device)
            if obj in (torch.tensor, torch.as_tensor) and args and not isinstance(args[0], TensorValue):
                try:
                    concrete = tuple(to_concrete(a) for a in args), {k: to_concrete(v) for k, v in kwargs.items()}
                except NotConcrete:  # numbers the engine does not know (unknown_numbers): a shape, no contents
                    return value
                return with_contents(value, obj, *concrete)
            return value
        return UNKNOWN

    def _gradients(self, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`torch.autograd.grad(outputs, inputs)`: a tuple with one gradient per input, shaped like it (with
        `allow_unused`, an unused input's gradient is None); the inputs may be a list, a tuple or an
        `nn.ParameterList`."""
        inputs = args[1] if len(args) > 1 else kwargs.get("inputs", UNKNOWN)
        unused = kwargs.get("allow_unused", Const(False))
        if not (isinstance(unused, Const) and unused.value is False):
            return UNKNOWN
        items: tuple[Value, ...] | None = None
        if isinstance(inputs, TensorValue):
            items = (inputs,)
        elif isinstance(inputs, Sequence) or (
            isinstance(inputs, Container) and inputs.qualname.endswith("ParameterList")
        ):
            items = inputs.items
        tensors = [item for item in items or () if isinstance(item, TensorValue)]
        if not items or len(tensors) != len(items):
            return UNKNOWN
        return Sequence(tuple(tensor.derive(tensor.probe, "grad") for tensor in tensors), "tuple")

    def _from_pretrained(
        self, ref: TorchRef, layer: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """`nn.Embedding.from_pretrained(weights, ...)`: the layer its constructor builds for a table of the
        weights' shape and dtype (`freeze` only sets requires_grad)."""
        weights = args[0] if len(args) == 1 else kwargs.get("embeddings", UNKNOWN)
        if not isinstance(weights, TensorValue) or weights.probe.dim() != 2 or weights.dtypes:
            return UNKNOWN
        options = {name: value for name, value in kwargs.items() if name not in ("embeddings", "freeze")}
        if weights.probe.dtype != self.torch.get_default_dtype():
            options["dtype"] = Const(weights.probe.dtype)
        sizes: list[Value] = [Const(d) if isinstance(d, int) else SymDim(d) for d in weights.shape]
        return self._construct(TorchRef(ref.qualname.rsplit(".", 1)[0], layer), sizes, options, node)

    def _total_norm(self, parameters: Value, node: ast.AST) -> TensorValue:
        """What `clip_grad_norm_(parameters, max_norm)` returns: the gradients' total norm, a 0-d tensor of the
        parameters' dtype (the default dtype when they are not known; any floating dtype when theirs are not)."""
        torch = self.torch
        tensors = tensors_in([parameters])
        dtypes = [tensor.probe.dtype for tensor in tensors]
        dtype = functools.reduce(torch.promote_types, dtypes) if dtypes else torch.get_default_dtype()
        device = tensors[0].device if tensors else "?"
        floating = frozenset((torch.float16, torch.bfloat16, torch.float32, torch.float64))
        unknown = floating if any(t.dtypes for t in tensors) else None
        return TensorValue(self.empty([], dtype), device, ("clip_grad_norm_",), None, node_line(node), dtypes=unknown)

    def _stack_joined(
        self, qualname: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """`torch.stack(items)` of tensors whose sizes the engine cannot compare: as many tensors of their join."""
        items = args[0]
        assert isinstance(items, Sequence) and items.items  # what _sizes_may_agree checked
        one = Sequence(None, items.kind, join_all(list(items.items), self.interp.symbols), length=len(items.items))
        return self._join_unknown_count(qualname, fn, [one, *args[1:]], kwargs, node)

    def _cat_joined(self, qualname: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`torch.cat(items, dim)` of tensors whose other sizes the engine cannot compare: a run that gets past the
        call had them equal, so each item is taken with the join of those sizes and its own size along `dim`."""
        items = args[0]
        dim_arg = args[1] if len(args) > 1 else kwargs.get("dim", Const(0))
        if not isinstance(dim_arg, Const) or not isinstance(dim_arg.value, int) or not _sizes_may_agree(items, dim_arg):
            return UNKNOWN
        assert isinstance(items, Sequence) and items.items  # what _sizes_may_agree checked
        joined = join_all(list(items.items), self.interp.symbols)
        if not isinstance(joined, TensorValue):
            return UNKNOWN
        dim = dim_arg.value % joined.probe.dim()
        tensors = [item for item in items.items if isinstance(item, TensorValue)]
        agreed = [
            next((t.shape[d] for t in tensors if isinstance(t.shape[d], int)), size)
            for d, size in enumerate(joined.shape)
        ]
        aligned = []
        for item in tensors:
            shape = [item.shape[dim] if d == dim else size for d, size in enumerate(agreed)]
            aligned.append(item.derive(self.empty(shape, item.probe.dtype), item.origin[-1] if item.origin else ""))
        rest = {name: value for name, value in kwargs.items() if name != "dim"}
        return self.run(qualname, fn, [Sequence(tuple(aligned), items.kind), Const(dim)], rest, node)

    def _join_unknown_count(
        self, qualname: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """cat/stack of a list whose length is unknown (built in a loop): the joined dim is unknown; a cat of a list
        whose known first items are tensors and whose others are not known is a concatenation of unknown tensors (see
        partial_concats)."""
        element = args[0].element if isinstance(args[0], Sequence) else UNKNOWN
        if not isinstance(element, TensorValue):
            return self._concat_of_unknown(qualname, fn, args, kwargs, node) or UNKNOWN
        two = Sequence((element, element), "list")
        result = self.run(qualname, fn, [two, *args[1:]], kwargs, node)
        dim_arg = args[1] if len(args) > 1 else kwargs.get("dim", Const(0))
        if not isinstance(result, TensorValue) or not isinstance(dim_arg, Const) or not isinstance(dim_arg.value, int):
            return UNKNOWN
        shape = list(result.shape)
        count = joined_size(self.torch, fn, args[0], dim_arg.value)
        shape[dim_arg.value] = count if count is not None else self.interp.symbols.joined()
        return result.derive(self.empty(shape, result.probe.dtype), result.origin[-1] if result.origin else "", None)

    def _construct(self, ref: TorchRef, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        torch = self.torch
        obj = ref.obj
        nn = torch.nn  # containers of layers, and of tensors (made parameters)
        if obj is nn.Module and not args and not kwargs:  # a bare module: a holder of the layers stored on it
            return Container(BARE_MODULE, ())
        if obj in (nn.Sequential, nn.ModuleList, nn.ModuleDict, nn.ParameterList, nn.ParameterDict):
            named = obj is torch.nn.Sequential and len(args) == 1 and is_dict(args[0])
            listed = (
                args[0]
                if (obj is not torch.nn.Sequential or named) and args and isinstance(args[0], Sequence)
                else None
            )
            items = listed.items if listed is not None else tuple(args)
            if items is None and listed is not None and obj is torch.nn.ModuleList:
                return layer_stacks.stacked(MODULE_LIST, listed) or UNKNOWN
            if items is None or (obj is not torch.nn.Sequential and args and listed is None):
                return UNKNOWN
            names = listed.fields if listed is not None and listed.kind == "dict" else ()
            return Container(_canonical(obj), tuple(items), names)
        if allowlist.is_allowed_module_class(ref.qualname, obj) or allowlist.is_allowed_module_class(
            _canonical(obj), obj
        ):
            flagged = unknown_flags.settings(args, kwargs)
            if flagged is not None:
                symbols = self.interp.runner.symbols
                return join_all([self._construct(ref, a, k, node) for a, k in flagged], symbols)
            kwargs, _ = split_device(kwargs)
            args, kwargs, rated = _rates_standing_in(obj, args, kwargs)
            args, kwargs = without_unknown_weight(torch, obj, args, kwargs)
            lazy = lazy_layers.counterpart(torch, obj)
            size, rest, rest_kwargs = lazy_layers.split_input_size(obj, args, kwargs)
            lazily = lazy is not None and size is not None and not is_concrete(size)
            # an int the engine computed and lost (a width grown in a loop) is whatever the input has; an unknown
            # value read by name (`config["dim"]`) is a size of that name, which the input may share; where no input
            # size is left to the input, one computed by an expression (`1 + cfg.a`) is a size of no name
            module = (
                self._symbolic_layer(obj, args, kwargs, node, not lazily) if not lazily or size is UNKNOWN else None
            )
            if module is None and lazy is not None and lazily:
                written, keyword_sources = _argument_sources(node, _canonical(obj), len(args))
                given = (written[len(args) - len(rest) :], keyword_sources)  # without the input size's
                return self._construct_lazy(ref, lazy, rest, rest_kwargs, given, node)
            if module is None:
                module = self.run(_canonical(obj), obj, args, kwargs, node, confirm=False)
            if module is UNKNOWN:
                return UNKNOWN
            if rated:  # the layer holds stand-in numbers: none of its (or its sublayers') floats is read
                self.unknown_floats.update(id(m) for m in to_concrete_module(module).modules())
            return TorchModule(
                to_concrete_module(module),
                _public_name(ref.qualname, obj),
                node_line(node),
                self._size_argument_span(node),
            )
        if allowlist.is_allowed_tensor_class(_canonical(obj), obj):
            return self.run(_canonical(obj), obj, args, kwargs, node, confirm=False)
        return Instance(_public_name(ref.qualname, obj))

    def _construct_lazy(
        self,
        ref: TorchRef,
        lazy: type,
        args: list[Value],
        kwargs: dict[str, Value],
        given: tuple[list[ast.expr | None], dict[str, ast.expr]],
        node: ast.AST,
    ) -> Value:
        """A layer whose input size is unknown: its lazy counterpart, built without it (see lazy_layers); `given`:
        the expressions of the other arguments."""
        args, kwargs = self._stand_ins(_canonical(lazy), lazy, args, kwargs, expressions=given, probeless=True)
        try:
            c_args = tuple(to_concrete(a) for a in args)
            c_kwargs = {k: to_concrete(v) for k, v in kwargs.items()}
        except NotConcrete:
            self._give_up(node, _canonical(lazy), args, kwargs)
            return UNKNOWN
        try:
            template = lazy_layers.build(self.torch, lazy, args, kwargs, (c_args, c_kwargs))
        except Exception:  # noqa: BLE001 arguments torch refuses: an unknown layer, as for any failed construction
            return UNKNOWN
        return TorchModule(template, _public_name(ref.qualname, ref.obj), node_line(node))

    def _symbolic_layer(
        self, cls: type, args: list[Value], kwargs: dict[str, Value], node: ast.AST, probeless: bool = False
    ) -> Value | None:
        """A layer some of whose sizes are symbols (see symbolic_layers), or None; `probeless`: an unknown size
        of no name stands for a size without a probe value (else the layer is not built)."""
        if not all(is_concrete(v) for v in [*args, *kwargs.values()]):
            args, kwargs = self._stand_ins(_canonical(cls), cls, args, kwargs, node, probeless=probeless)
        try:
            c_args = tuple(to_concrete(a) for a in args)
            c_kwargs = {k: to_concrete(v) for k, v in kwargs.items()}
        except NotConcrete:
            return None
        if not _has_symint([*c_args, *c_kwargs.values()]):
            return None
        return symbolic_layers.build(cls, c_args, c_kwargs, self.interp.runner.symbols)

    def _size_argument_span(self, node: ast.AST) -> tuple[int, int, int, int] | None:
        """Where a layer's input size (in_features / in_channels, its first argument) is written."""
        if not isinstance(node, ast.Call):
            return None
        keyword = next((k.value for k in node.keywords if k.arg in ("in_features", "in_channels")), None)
        argument = node.args[0] if node.args and not isinstance(node.args[0], ast.Starred) else keyword
        return self.interp.span(argument) if argument is not None else None

    def _legacy_tensor(self, legacy: legacy_tensors.TensorType, args: list[Value], node: ast.AST) -> Value:
        """`FloatTensor(n, m)`: an uninitialised tensor of those sizes (an int of unknown value, or an unknown value
        among two or more sizes, is the size named after its variable); `FloatTensor(data)`: the data converted;
        `FloatTensor()`: an empty one, of shape [0]; a torch.Size (`FloatTensor(w.size())`) is the sizes, not data."""
        dtype = Const(legacy.dtype)
        if not args:
            args = [Const(0)]
        if len(args) == 1 and isinstance(args[0], Sequence) and args[0].kind == "size" and args[0].items is not None:
            args = list(args[0].items)
        if len(args) > 1:  # sizes, each read through `__index__` (`LongTensor(n, lengths[0])`): anything else raises
            args = [Scalar(int) if a is UNKNOWN else python_index(a) for a in args]
        if any(_unknown_int(a) for a in args):
            given = node.args if isinstance(node, ast.Call) and len(node.args) == len(args) else [None] * len(args)
            args = [
                self._fresh(a, None if isinstance(w, ast.Starred) else w) if _unknown_int(a) else a
                for a, w in zip(args, given, strict=True)
            ]
        if all(isinstance(a, SymDim) or (isinstance(a, Const) and _const_int(a) is not None) for a in args):
            return self.run("torch.empty", self.torch.empty, args, {"dtype": dtype}, node, device=legacy.device)
        if len(args) != 1:
            return UNKNOWN
        data = args[0]
        if isinstance(data, TensorValue):  # a tensor of another dtype is refused (TypeError)
            return data if data.probe.dtype == legacy.dtype else UNKNOWN
        return self.run("torch.tensor", self.torch.tensor, args, {"dtype": dtype}, node, device=legacy.device)

    def _legacy_sparse(self, dtype: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`torch.sparse.FloatTensor(indices, values[, size])`: `torch.sparse_coo_tensor` of them (whose dtype is
        the values', whatever the class); `torch.sparse.FloatTensor(n, m)`: an empty sparse tensor of those sizes,
        of the class's dtype."""
        if kwargs or not args:
            return UNKNOWN
        coo = self.torch.sparse_coo_tensor
        if len(args) in (2, 3) and all(isinstance(a, TensorValue) for a in args[:2]):
            return self.run("torch.sparse_coo_tensor", coo, args, {}, node)
        if all(isinstance(a, SymDim) or (isinstance(a, Const) and _const_int(a) is not None) for a in args):
            return self.run("torch.sparse_coo_tensor", coo, [Sequence(tuple(args))], {"dtype": Const(dtype)}, node)
        return UNKNOWN

    def _device(self, args: list[Value]) -> Value:
        device = _logical_device(args[0]) if args else None
        if (
            device
            and device != "?"
            and isinstance(args[0], Const)
            and isinstance(args[0].value, str)
            and len(args) > 1
            and isinstance(args[1], Const)
        ):
            device = f"{device}:{args[1].value}"
        return Const(device) if device and device != "?" else Instance("torch.device")

    def _tensor_dataset(self, args: list[Value], node: ast.AST) -> Value:
        """`TensorDataset(*tensors)`: a sample is the tuple of each tensor's row (unknown for an unknown tensor)."""
        samples: list[Value] = []
        length = None
        for tensor in args:
            if tensor is UNKNOWN:
                samples.append(UNKNOWN)
                continue
            if not isinstance(tensor, TensorValue) or tensor.probe.dim() == 0:
                return Dataset(UNKNOWN, qualname="torch.utils.data.TensorDataset")
            samples.append(
                self.run("torch.Tensor.__getitem__", type(tensor.probe).__getitem__, [tensor, Const(0)], {}, node)
            )
            length = tensor.shape[0]
        return Dataset(Sequence(tuple(samples)), length, "torch.utils.data.TensorDataset")

    def _subset(self, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`Subset(dataset, indices)`: a sample of the dataset, as many samples as there are indices."""
        base = args[0] if args else kwargs.get("dataset", UNKNOWN)
        indices = args[1] if len(args) > 1 else kwargs.get("indices", UNKNOWN)
        count = self.interp.call(BUILTINS["len"], [indices], {}, node) if indices is not UNKNOWN else UNKNOWN
        length = count.value if isinstance(count, (Const, SymDim)) else None
        return Dataset(self.interp.dataset_sample(base), length, "torch.utils.data.Subset")

    def _random_split(self, args: list[Value], kwargs: dict[str, Value]) -> Value:
        base = args[0] if args else kwargs.get("dataset", UNKNOWN)
        lengths = args[1] if len(args) > 1 else kwargs.get("lengths", UNKNOWN)
        sample = self.interp.dataset_sample(base)
        if isinstance(lengths, Sequence) and lengths.items is not None:
            parts = tuple(Dataset(sample, _const_int(item), "torch.utils.data.Subset") for item in lengths.items)
            return Sequence(parts, "list")
        return Sequence(None, "list", element=Dataset(sample, None, "torch.utils.data.Subset"))

    def _loader(self, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Loader:
        """`DataLoader(dataset, ...)`: the batches it yields, and the dataset it holds."""
        dataset = args[0] if args else kwargs.get("dataset", UNKNOWN)
        return replace(self._batches(dataset, args, kwargs, node), dataset=dataset)

    def _batches(self, dataset: Value, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Loader:
        batch_arg = args[1] if len(args) > 1 else kwargs.get("batch_size", Const(1))
        drop_last = kwargs.get("drop_last", Const(False))
        collate = args[6] if len(args) > 6 else kwargs.get("collate_fn")
        sampler = args[3] if len(args) > 3 else kwargs.get("sampler", Const(None))
        every_sample = isinstance(sampler, Const) and sampler.value is None  # a sampler may draw fewer, or more
        batch_sampler = args[4] if len(args) > 4 else kwargs.get("batch_sampler", Const(None))
        by_sampler = not (isinstance(batch_sampler, Const) and batch_sampler.value is None)
        if isinstance(collate, (Function, UserObject)) or _user_method(collate):
            if by_sampler or not every_sample:
                return self._any_batch_collated(dataset, collate, node)
            return self._custom_collate_loader(dataset, collate, _const_int(batch_arg), drop_last, node)
        if collate not in (None,) and not (isinstance(collate, Const) and collate.value is None):
            return Loader(UNKNOWN)
        sample = self.interp.dataset_sample(dataset)
        if by_sampler:  # a batch collates the samples at the indices of one list the sampler yields
            drawn = self._drawn_per_batch(batch_sampler, node)
            return Loader(self._collate(sample, drawn, node), batch_dim=drawn)
        batch_size = _const_int(batch_arg)
        if isinstance(batch_arg, Const) and batch_arg.value is None:
            return Loader(sample)
        length = self._dataset_length(dataset, node) if every_sample else _drawn_count(sampler)
        endless = not every_sample and batch_size is not None and is_endless(sampler)
        first = None
        if batch_size is not None and (endless or (isinstance(length, int) and length >= batch_size)):
            first = self._collate(sample, batch_size, node)
        drop = isinstance(drop_last, Const) and drop_last.value is True
        dim = batch_size if endless else self._batch_dim(batch_arg, drop, length)
        batch = self._collate(sample, dim, node)
        return Loader(
            batch,
            first=first if first is not None else batch,
            sizes=batch_sizes(length, batch_size, drop),
            batch_dim=dim,
        )

    def _drawn_per_batch(self, batch_sampler: Value, node: ast.AST) -> Any:
        """How many samples a batch of a `batch_sampler` collates: the length of the indices iterating it yields
        (joined over its steps: a size they all share, else a symbol), a fresh unknown size where that is unknown."""
        indices = self.interp.iteration_element(batch_sampler)
        count = self.interp.call(BUILTINS["len"], [indices], {}, node) if indices is not UNKNOWN else UNKNOWN
        if isinstance(count, Const) and _const_int(count) is not None:
            return _const_int(count)
        return count.value if isinstance(count, SymDim) else self.interp.symbols.unknown()

    def _dataset_length(self, dataset: Value, node: ast.AST) -> Any:
        """How many samples the default sampler draws: a torch dataset's known length, or a user map-style
        dataset's (see dataset_lengths); None where not known."""
        if isinstance(dataset, Dataset):
            return dataset.length
        return user_dataset_length(self.torch, dataset, lambda obj: self.interp.call(BUILTINS["len"], [obj], {}, node))

    def _batch_dim(self, batch_arg: Value, drop: bool, length: int | None) -> Any:
        """The size of a batch of `batch_arg` samples out of `length` (an int when every batch has it; `≤N` where the
        last one may be shorter)."""
        batch_size = _const_int(batch_arg)
        if batch_size is None:  # a batch size known by name holds for every batch when the last short one is dropped
            return batch_arg.value if drop and isinstance(batch_arg, SymDim) else self.interp.symbols.unknown()
        if drop or batch_size == 1:  # no batch is empty
            return batch_size
        if isinstance(length, int) and (length % batch_size == 0 or length < batch_size):
            return batch_size if length % batch_size == 0 else length
        return self.interp.symbols.at_most(batch_size, length if isinstance(length, int) else None)

    def _batch_sampler(self, args: list[Value], kwargs: dict[str, Value]) -> Value:
        """`BatchSampler(sampler, batch_size, drop_last)`: iterating it yields lists of the sampler's indices, each
        of the batch size (the last one shorter unless `drop_last`)."""
        named = dict(zip(("sampler", "batch_size", "drop_last"), args, strict=False)) | kwargs
        sampler, batch_arg, drop_last = (named.get(k, UNKNOWN) for k in ("sampler", "batch_size", "drop_last"))
        if not isinstance(drop_last, Const) or not isinstance(drop_last.value, bool):
            return UNKNOWN
        length = sampler.length if isinstance(sampler, Range) else None
        dim = self._batch_dim(batch_arg, drop_last.value, length)
        if isinstance(dim, int):
            indices = Sequence((Scalar(int),) * dim, "list") if dim <= MAX_CONST_ITEMS else UNKNOWN
        else:
            indices = Sequence(None, "list", Scalar(int), length=dim)
        return Range(indices)

    def _custom_collate_loader(
        self, dataset: Value, collate: Collate, batch_size: int | None, drop_last: Value, node: ast.AST
    ) -> Loader:
        """A DataLoader with the user's collate_fn over a list of known samples: the function is interpreted
        with each batch's list of samples, exactly as the DataLoader will call it."""
        samples = self.interp.iteration_items(dataset) if isinstance(dataset, Sequence) else None
        drop = isinstance(drop_last, Const) and drop_last.value is True
        if samples is None and isinstance(dataset, UserObject):
            return self._collate_dataset_samples(dataset, collate, batch_size, drop, node)
        sizes = batch_sizes(len(samples) if samples is not None else None, batch_size, drop)
        if samples is None or sizes is None or len(sizes) > MAX_COLLATE_CALLS:
            return self._any_batch_collated(dataset, collate, node)
        starts = [sum(sizes[:i]) for i in range(len(sizes))]
        batches = [
            self.interp.call(collate, [Sequence(tuple(samples[start : start + size]), "list")], {}, node)
            for start, size in zip(starts, sizes, strict=False)
        ]
        self.interp.model_every_call(collate)
        return Loader(join_all(batches, self.interp.symbols), first=batches[0])

    def _any_batch_collated(self, dataset: Value, collate: Collate, node: ast.AST) -> Loader:
        """A DataLoader with the user's collate_fn whose batches the engine cannot list (a sampler, a batch size or
        a length it does not know): the function is interpreted once with a list of unknown length whose items
        are any sample, which stands for every call the DataLoader makes."""
        sample = (
            self.interp.iteration_element(dataset)
            if isinstance(dataset, Sequence)
            else self.interp.dataset_sample(dataset, Scalar(int))
        )
        if sample is UNKNOWN:
            return Loader(UNKNOWN)
        batch = self.interp.call(collate, [Sequence(None, "list", element=sample)], {}, node)
        self.interp.model_every_call(collate)
        return Loader(batch)

    def _collate_dataset_samples(
        self, dataset: UserObject, collate: Collate, batch_size: int | None, drop: bool, node: ast.AST
    ) -> Loader:
        """A DataLoader with the user's collate_fn over a user Dataset of known length: the function is interpreted
        once per batch size with a list of that many samples (`__getitem__` at an unknown index), as the DataLoader
        calls it. Samples of one shape are listed item by item; samples whose sizes vary with the index (sequences
        of their own lengths) make a list of that many items each some sample, so that no item's sizes are taken
        for another's."""
        length = self.interp.call(BUILTINS["len"], [dataset], {}, node)
        sizes = batch_sizes(length.value if isinstance(length, Const) else None, batch_size, drop)
        sample = self.interp.dataset_sample(dataset, Scalar(int)) if sizes is not None else UNKNOWN
        if sizes is None:
            return self._any_batch_collated(dataset, collate, node)
        if sample is UNKNOWN:
            return Loader(UNKNOWN)
        fixed = _fixed_shapes(sample)
        batches = {
            size: self.interp.call(
                collate,
                [Sequence((sample,) * size, "list") if fixed else Sequence(None, "list", element=sample, length=size)],
                {},
                node,
            )
            for size in dict.fromkeys(sizes)
        }
        self.interp.model_every_call(collate)
        return Loader(join_all(list(batches.values()), self.interp.symbols), first=batches[sizes[0]])

    def _collate(self, sample: Value, dim: Any, node: ast.AST) -> Value:
        torch = self.torch
        if isinstance(sample, TensorValue):
            shape = [dim, *sample.shape]
            probe = self.empty(shape, sample.probe.dtype)
            origin = (*sample.origin[-2:], "DataLoader batch")
            return TensorValue(probe, sample.device, origin, None, sample.defined_at, dtypes=sample.dtypes)
        if isinstance(sample, NdArray):  # default_collate turns numpy arrays (and numpy scalars) into tensors
            return TensorValue(self.empty([dim, *sample.probe.shape], sample.probe.dtype), "cpu", ("DataLoader batch",))
        if isinstance(sample, Sequence) and sample.kind in ("tuple", "list") and not sample.fields:  # a list of both
            if sample.items is None:
                element = self._collate(sample.element, dim, node)
                prefix = tuple(self._collate(item, dim, node) for item in sample.prefix)
                return Sequence(None, "list", element=element, length=sample.length, kind_known=True, prefix=prefix)
            return Sequence(tuple(self._collate(item, dim, node) for item in sample.items), "list", kind_known=True)
        if isinstance(sample, Sequence) and sample.items is not None:  # a dict keeps its keys
            items = tuple(self._collate(item, dim, node) for item in sample.items)
            return Sequence(items, sample.kind, fields=sample.fields)
        if isinstance(sample, Const) and isinstance(sample.value, (int, float)) and not isinstance(sample.value, bool):
            dtype = torch.int64 if isinstance(sample.value, int) else torch.float64
            return TensorValue(self.empty([dim], dtype), "cpu", ("DataLoader batch",))
        if isinstance(sample, SymDim) or (isinstance(sample, Scalar) and sample.kind is int):  # a Python int
            return TensorValue(self.empty([dim], torch.int64), "cpu", ("DataLoader batch",))
        return UNKNOWN

    def with_unknown_sizes(self, value: Value, dims: list[int]) -> Value:
        """`value` (a tensor) with the sizes at `dims` unknown."""
        if not isinstance(value, TensorValue):
            return value
        shape = list(value.shape)
        try:
            for dim in dims:
                shape[dim] = self.interp.symbols.unknown()
            probe = self.empty(shape, value.probe.dtype)
        except SymbolsDeferred:
            return UNKNOWN
        return value.derive(probe, "__getitem__")

    def empty(self, shape: list[Any], dtype: Any) -> Any:
        """A meta (or fake, for symbolic sizes) probe of this shape and dtype."""
        torch = self.torch
        if all(isinstance(d, int) for d in shape):
            return torch.empty(shape, dtype=dtype, device="meta")
        with self.interp.symbols.mode(), torch.device("meta"):
            return torch.empty(shape, dtype=dtype)

    # -- tensors ------------------------------------------------------------------------------
    def tensor_attribute(self, tensor: TensorValue, name: str, node: ast.AST) -> Value:
        """`x.shape`, `x.T`, `x.dtype`, ... and bound methods."""
        torch = self.torch
        probe = tensor.probe
        if name == "shape":
            return from_concrete(probe.shape, lambda p: UNKNOWN)
        if name == "dtype":  # one of its dtypes, when paths converted it differently (a torch call runs each)
            return one_of([Const(d) for d in sorted(tensor.dtypes, key=str)]) if tensor.dtypes else Const(probe.dtype)
        if name == "device":
            return Const(tensor.device)
        if name in ("ndim",):
            return Const(probe.dim())
        if name in ("requires_grad", "is_leaf", "is_sparse"):
            return Const(bool(getattr(probe, name)))
        if name in ("is_cuda", "is_cpu", "is_mps"):  # from the device the engine tracks, when it knows it
            return Const(tensor.device.startswith(name[3:])) if tensor.device != "?" else Scalar(bool)
        if name in ("T", "mT", "H", "mH", "real", "imag"):
            return self.run(f"torch.Tensor.{name}", lambda t: getattr(t, name), [tensor], {}, node)
        if name == "data":  # the same storage, outside autograd: in-place changes to it are allowed
            return tensor.derive(probe.detach(), "data", tensor.checked_on)
        if name == "grad":  # None until a backward reaches it, else a gradient of the tensor's shape and dtype
            return optional(tensor.derive(probe.detach(), "grad"))
        if hasattr(torch.Tensor, name):
            return _bound(tensor, name)
        return UNKNOWN

    def tensor_method(
        self, tensor: TensorValue, name: str, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """`x.view(...)`, `x.to(...)`, `x.size()`, ..."""
        torch = self.torch
        if name in ("cuda", "cpu", "mps"):
            device = "cpu" if name == "cpu" else ("cuda" if name == "cuda" else "mps")
            if name == "cuda" and args and isinstance(args[0], Const) and isinstance(args[0].value, int):
                device = f"cuda:{args[0].value}"
            return tensor.derive(tensor.probe, name, tensor.checked_on, device)
        if name == "to":
            return self._to(tensor, args, kwargs, node)
        if name in ("item", "tolist") and not args and not kwargs:
            listed = listed_ints(self.interp, tensor, item=name == "item")
            if listed is not None:
                return listed
        if name == "item":
            number = scalar_contents(tensor)
            return (
                Const(number) if number is not None else Scalar(float if tensor.probe.dtype.is_floating_point else int)
            )
        if name == "tolist":
            return _as_list(tensor, self.interp.symbols.surely_positive) if not args and not kwargs else UNKNOWN
        if name == "numpy":  # the same shape and dtype, as a numpy array
            return NdArray(tensor.probe) if not args and not kwargs and not tensor.dtypes else UNKNOWN
        if (
            name == "new_tensor"
            and not tensor.dtypes
            and len(args) == 1
            and isinstance(args[0], NdArray)
            and set(kwargs) <= {"dtype"}
        ):
            # torch.tensor(array) in this tensor's dtype unless one is given, on this tensor's device
            dtype = kwargs.get("dtype", Const(tensor.probe.dtype))
            made = tensor_from_array(self.interp, TorchRef("torch.tensor", torch.tensor), args, {"dtype": dtype}, node)
            return made.derive(made.probe, name, None, tensor.device) if isinstance(made, TensorValue) else UNKNOWN
        if name == "new" and _legacy_sizes(args) and not kwargs:
            return self._new_sized(tensor, args, kwargs, node)
        if name in ("size",) and not args and not kwargs:
            return from_concrete(tensor.probe.shape, lambda p: UNKNOWN)
        if name == "type" and not args and not kwargs:
            return UNKNOWN
        legacy = (
            legacy_tensors.tensor_type(torch, _tensor_class(torch, args[0]))
            if name == "type" and len(args) == 1
            else None
        )
        if legacy is not None:
            converted = self.run("torch.Tensor.to", torch.Tensor.to, [tensor, Const(legacy.dtype)], {}, node)
            return (
                converted.derive(converted.probe, "type", converted.checked_on, legacy.device)
                if isinstance(converted, TensorValue)
                else converted
            )
        if name.endswith("_") and name != "requires_grad_":
            forget_contents([tensor])
        if not allowlist.is_allowed_tensor_method(name):
            return UNKNOWN
        method = getattr(torch.Tensor, name)
        args = with_inferred_size(name, args) or args
        result = self.run(f"torch.Tensor.{name}", method, [tensor, *args], kwargs, node, device=tensor.device)
        if result is UNKNOWN and in_place_tensors.is_in_place(name) and name not in in_place_tensors.RESHAPING:
            return tensor  # an in-place op that keeps its tensor's sizes returns that tensor, when it returns
        if result is UNKNOWN and name in indexed_writes.SHAPE_KEEPING_WRITES:
            return self.run("torch.Tensor.clone", torch.Tensor.clone, [tensor], {}, node, device=tensor.device)
        return result

    def _new_sized(self, tensor: TensorValue, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """`x.new(a, b)`, the legacy constructor given sizes: an uninitialised tensor of that shape in x's dtype and
        on x's device, as `x.new_empty((a, b))` (an unknown size is a symbol, as for every op taking sizes)."""
        written = _written(node.args, len(args)) if isinstance(node, ast.Call) else None
        sources = written if written is not None else [None] * len(args)
        sizes = Sequence(tuple(self._fresh(a, s) for a, s in zip(args, sources, strict=True)), "tuple")
        made = self.run("torch.Tensor.new_empty", self.torch.Tensor.new_empty, [tensor, sizes], kwargs, node)
        return made.derive(made.probe, "new", made.checked_on, tensor.device) if isinstance(made, TensorValue) else made

    def _to(self, tensor: TensorValue, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        torch = self.torch
        device = tensor.device
        dtype = None
        for value in [*args, kwargs.get("device"), kwargs.get("dtype"), kwargs.get("other")]:
            if value is None:
                continue
            if isinstance(value, TensorValue) and value.dtypes:  # its dtype, which is not known
                return self.run("torch.Tensor.to", torch.Tensor.to, [tensor, value], {}, node, device=value.device)
            if isinstance(value, TensorValue):
                device, dtype = value.device, value.probe.dtype
            elif isinstance(value, TorchRef) and isinstance(value.obj, torch.dtype):
                dtype = value.obj
            elif isinstance(value, Const) and isinstance(value.value, torch.dtype):
                dtype = value.value
            else:
                device = _logical_device(value) or device
        if dtype is None:
            return tensor.derive(tensor.probe, "to", tensor.checked_on, device)
        converted = self.run("torch.Tensor.to", torch.Tensor.to, [tensor, Const(dtype)], {}, node, device=device)
        return converted

    def module_attribute(self, module: TorchModule, name: str) -> Value:
        """`conv.weight`, `linear.in_features`, `model.parameters`, ..."""
        torch = self.torch
        inner = module.module
        if lazy_layers.is_pending(torch, inner) and lazy_layers.waits_for_input(torch, inner, name):
            return UNKNOWN
        for registry in (inner._parameters, inner._buffers, inner._modules):
            if name in registry:
                value = registry[name]
                if value is None and not self.interp.may_set_attribute(name):
                    return Const(None)
                break
        else:
            try:
                value = inspect.getattr_static(inner, name)
            except AttributeError:
                return wrapped_layer(self.interp, module, name) or UNKNOWN
        if value is None:
            return UNKNOWN
        if isinstance(value, torch.Tensor):
            return TensorValue(value, "cpu", (f"{short_op(module.qualname)}.{name}",), None, module.defined_at)
        if isinstance(value, torch.nn.Module):
            return self._layer_inside(module, name, value)
        if type(value) is float and id(inner) in self.unknown_floats:
            return Scalar(float)
        if isinstance(value, (int, float, bool, str)) or (
            isinstance(value, tuple) and all(isinstance(v, int) for v in value)
        ):
            return Const(value)
        if type(value) is list and len(value) <= MAX_CONST_ITEMS and all(type(v) is int for v in value):
            return self._list_inside(module, value)
        if isinstance(value, torch.SymInt):
            return SymDim(value)
        if callable(value) or inspect.isfunction(value):
            return _bound(module, name)
        return UNKNOWN

    def module_item(self, module: TorchModule, key: Value) -> Value:
        """`layers[0]` / `heads["cls"]` of a torch ModuleList, Sequential or ModuleDict: that layer."""
        nn = self.torch.nn
        if not (isinstance(module.module, (nn.ModuleList, nn.Sequential, nn.ModuleDict)) and isinstance(key, Const)):
            return UNKNOWN
        try:
            item = module.module[key.value]
        except (IndexError, KeyError, TypeError):
            return UNKNOWN
        place = key.value if not isinstance(key.value, slice) else (key.value.start, key.value.stop, key.value.step)
        return self._layer_inside(module, place, item) if isinstance(item, nn.Module) else UNKNOWN

    def _layer_inside(self, parent: TorchModule, key: Any, layer: Any) -> TorchModule:
        """The value of torch layer `layer` read from `parent` under `key`: the same value at every read."""
        known = self._layers_inside.get((id(parent), key))
        if known is None or known[1].module is not layer:
            known = (parent, TorchModule(layer, _canonical(type(layer)), parent.defined_at))
            self._layers_inside[(id(parent), key)] = known
        return known[1]

    def _list_inside(self, parent: TorchModule, given: list[int]) -> Sequence:
        """The value of the list of ints `given` read from `parent`: the same value at every read."""
        known = self._lists_inside.get((id(parent), id(given)))
        if known is None or known[2] is not given:
            known = (parent, Sequence(tuple(Const(v) for v in given), "list", kind_known=True), given)
            self._lists_inside[(id(parent), id(given))] = known
        return known[1]

    def parents_of(self, layer: TorchModule) -> list[tuple[TorchModule, Any]]:
        """The layers `layer` was read from (see _layer_inside), each with the key it was read under."""
        return [(parent, key) for (_, key), (parent, child) in self._layers_inside.items() if child is layer]

    def list_holders(self, value: Sequence) -> list[tuple[TorchModule, tuple[str, ...]]]:
        """The layers the list `value` was read from (see _list_inside), each with the names holding that list."""
        holders = []
        for parent, held, given in self._lists_inside.values():
            names = tuple(name for name, each in vars(parent.module).items() if each is given) if held is value else ()
            if names:
                holders.append((parent, names))
        return holders

    def adopt(self, parent: TorchModule, key: Any, value: Value) -> None:
        """`value` is the value of what the torch layer `parent` holds under `key`: a layer (see _layer_inside) or a
        list of ints (see _list_inside)."""
        if isinstance(value, TorchModule):
            self._layers_inside[(id(parent), key)] = (parent, value)
        elif isinstance(value, Sequence) and type(given := getattr(parent.module, key, None)) is list:
            self._lists_inside[(id(parent), id(given))] = (parent, value, given)

    def _family(self, module: TorchModule) -> list[TorchModule]:
        """`module`, the layer values it was read from (see _layer_inside) and those read from inside it."""
        pairs = list(self._layers_inside.values())
        above, below = [module], [module]
        for layer in above:
            above += [parent for parent, child in pairs if child is layer]
        for layer in below:
            below += [child for parent, child in pairs if parent is layer]
        return [*above, *below[1:]]

    def call_module(self, module: TorchModule, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """Run a torch.nn module's forward on probe tensors."""
        related = [(module.defined_at, short_op(module.qualname))] if module.defined_at is not None else []
        layer = module.module
        if lazy_layers.is_pending(self.torch, layer):
            first = args[0] if args else None
            built = lazy_layers.arguments(layer, first.probe) if isinstance(first, TensorValue) else None
            if built is None or not isinstance(first, TensorValue):
                return UNKNOWN
            cls, dim, rest, rest_kwargs = built
            fresh = lazy_layers.without_probe_value(first, dim, self.interp.runner.symbols)
            given = fresh if fresh is not None else first
            args = [given, *args[1:]]
            size = given.probe.shape[dim]
            if isinstance(size, int):
                made = self.run(_canonical(cls), cls, [Const(size), *rest], rest_kwargs, node, confirm=False)
            else:  # built on stand-ins for the symbol, which torch's initialisation would specialise
                made = self._symbolic_layer(cls, [SymDim(size), *rest], rest_kwargs, node) or UNKNOWN
            if made is UNKNOWN:
                return UNKNOWN
            layer = to_concrete_module(made)
            if fresh is not None:
                result = self.run(module.qualname, layer, args, kwargs, node, related=related, module=module)
                return UNKNOWN if lazy_layers.mentions(result, size) else result
        first = args[0] if args else None
        if isinstance(first, TensorValue) and holds_symbols(layer):
            self._report_at_defaults(module, layer, first, node, len(args) == 1 and not kwargs)
            layer = matched(self.torch, layer, first.probe, self.interp.runner.symbols) or layer
        elif isinstance(first, TensorValue):
            probe = fitted(self.torch, layer, first.probe, self.interp.runner.symbols)
            args = [replace(first, probe=probe), *args[1:]] if probe is not None else args
        if recurrent_shapes.is_recurrent(self.torch, layer):
            args, kwargs = _without_unknown_state(args, kwargs)
            shaped = self._recurrent(module.qualname, layer, args, kwargs, node)
            if shaped is not None or isinstance(getattr(layer, "num_layers", 1), self.torch.SymInt):
                return shaped if shaped is not None else UNKNOWN
        return self.run(module.qualname, layer, args, kwargs, node, related=related, module=module)

    def call_module_helper(
        self, module: TorchModule, name: str, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """Run a helper the forward of a torch.nn module calls (see forward_helpers) on probe tensors."""
        related = [(module.defined_at, short_op(module.qualname))] if module.defined_at is not None else []
        helper = self._helpers.get((id(module.module), name))
        if helper is None:
            helper = self._helpers[(id(module.module), name)] = helper_layer(self.torch, module.module, name)
        return self.run(f"{module.qualname}.{name}", helper, args, kwargs, node, related=related, module=module)

    def _report_at_defaults(
        self, module: TorchModule, layer: Any, first: TensorValue, node: ast.AST, alone: bool
    ) -> None:
        """Report the error a layer called on one input raises with the named sizes its input check compares at
        their declared defaults (`Linear(emb_dims, 64)` on `[B, num_points]`, defaults 128 and 256)."""
        symbols = self.interp.runner.symbols
        needed = requirement(self.torch, layer, first.probe) if alone else None
        defaults = symbols.defaults_breaking(needed) if needed is not None else {}
        at = at_sizes(self.torch, layer, defaults, symbols) if defaults else None
        error = self.interp.runner.error_at_defaults(defaults, at, (first.probe,), {}) if at is not None else None
        if error is not None:
            self.interp.report(node, module.qualname, error, [first], module=module)

    def _dropout_of_symbolic_sizes(self, label: str, fn: Any, args: list[Value], node: ast.AST) -> Value | None:
        """Dropout of a tensor with symbolic sizes: a new tensor of its shape and dtype, as torch documents for
        every mode (its kernel asks whether the tensor is empty, which sizes that may be 0 cannot answer); None
        for other calls, and for a rate torch would refuse, which is left to torch."""
        if label not in _DROPOUTS or not args or not isinstance(args[0], TensorValue):
            return None
        rate = fn.p if isinstance(fn, self.torch.nn.Module) else args[1] if len(args) > 1 else Const(0.5)
        if isinstance(rate, Const) and not (isinstance(rate.value, (int, float)) and 0 <= rate.value <= 1):
            return None
        if all(isinstance(d, int) for d in args[0].probe.shape):
            return None
        return self._made_like(args[0], list(args[0].probe.shape), label, node)

    def _squeezes_a_maybe_one(self, label: str, args: list[Value], kwargs: dict[str, Value]) -> bool:
        """Whether `x.squeeze(...)` (or `x.squeeze_(...)`) would squeeze a size that may be 1 at run time (the last
        batch of a DataLoader): torch's symbolic squeeze keeps such a size, the real one drops it, so the rank is not
        known."""
        if label not in _SQUEEZES or not args or not isinstance(args[0], TensorValue):
            return False
        shape = args[0].probe.shape
        dims = args[1] if len(args) > 1 else kwargs.get("dim", Const(None))
        if isinstance(dims, Const) and dims.value is None:
            chosen = list(range(len(shape)))
        elif isinstance(dims, Const) and type(dims.value) is int and -len(shape) <= dims.value < len(shape):
            chosen = [dims.value]
        elif isinstance(dims, Sequence) and dims.items is not None:
            chosen = [d.value for d in dims.items if isinstance(d, Const) and type(d.value) is int]
            if len(chosen) != len(dims.items) or not all(-len(shape) <= d < len(shape) for d in chosen):
                return False
        else:
            return False
        return any(self.interp.runner.symbols.may_be_one(shape[d]) for d in chosen)

    def _concat_of_unknown(
        self, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value | None:
        """A concatenation of tensors some of which are not known (see partial_concats); None for other calls."""
        part = partial_concats.known_part(label, args, kwargs, self.interp.runner.symbols.surely_positive)
        if part is None:
            return None
        known, dim = part
        joined = self.run(label, fn, [known, Const(dim)], {}, node)
        if not isinstance(joined, TensorValue):
            return None
        shape: list[Any] = list(joined.shape)
        shape[dim % len(shape)] = self.interp.runner.symbols.joined()  # no probe value: torch decides nothing on it
        made = self._made_like(joined, shape, label, node)
        dtypes = partial_concats.promoted_dtypes(joined)
        return replace(made, dtypes=dtypes if len(dtypes) > 1 else None) if isinstance(made, TensorValue) else None

    def _average_of_unknown(self, node: ast.AST) -> Value:
        """The 0-d tensor `torch.mean(x)` makes of an unknown x (see unknown_reductions)."""
        dtypes = unknown_reductions.floating_dtypes(self.torch)
        probe = contiguous_probe([], self.torch.float32, COMPUTED, self.interp.runner.symbols)
        return TensorValue(probe, "?", ("mean",), None, node_line(node), dtypes=dtypes)

    def _loss_of_unknown(
        self, label: str, fn: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value | None:
        """The 0-d tensor a reducing loss gives of a known input and a target the engine does not know (see
        reduced_losses); None for other calls, and where whether it requires grad depends on the target."""
        dtypes = unknown_target_dtypes(self.torch, label, fn, args, kwargs)
        input = args[0] if args else None
        if dtypes is None or not isinstance(input, TensorValue):
            return None
        enabled = self.torch.is_grad_enabled()
        if enabled and not input.probe.requires_grad:
            return None
        probe = contiguous_probe([], input.probe.dtype, COMPUTED if enabled else NO_GRAD, self.interp.runner.symbols)
        origin = (*input.origin[-3:], short_op(label))
        unknown = dtypes if len(dtypes) > 1 else None
        return TensorValue(probe, input.device, origin, None, node_line(node), dtypes=unknown)

    def _bags_of_unknown(self, fn: Any, label: str, node: ast.AST) -> Value:
        """The rows an EmbeddingBag pools from indices the engine does not know (see embedding_bags)."""
        symbols = self.interp.runner.symbols
        shape, dtype = embedding_bags.pooled_shape(fn, symbols.joined())
        probe = contiguous_probe(shape, dtype, COMPUTED, symbols)
        return TensorValue(probe, "?", (short_op(label),), None, node_line(node))

    def _made_like(self, input: Value, shape: list[Any], label: str, node: ast.AST) -> Value:
        """A new tensor of `shape` (None: a size nothing is known of) that op `label` made of `input`, in its dtype,
        on its device."""
        if not isinstance(input, TensorValue):
            return UNKNOWN
        symbols = self.interp.runner.symbols
        sizes = [symbols.unknown() if size is None else size for size in shape]
        grad = COMPUTED if input.probe.requires_grad else NO_GRAD
        probe = contiguous_probe(sizes, input.probe.dtype, grad, symbols)
        origin = (*input.origin[-3:], short_op(label))
        return TensorValue(probe, input.device, origin, None, node_line(node), dtypes=input.dtypes)

    def _recurrent(
        self, label: str, layer: Any, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value | None:
        """A recurrent layer's call with symbolic sizes or on a PackedSequence, by torch's documented shapes (see
        recurrent_shapes and packed_sequences);
        None when the call is left to torch."""
        if len(args) > 2 or set(kwargs) - {"input", "hx"}:
            return None
        given = [*args, *([kwargs["input"]] if "input" in kwargs else [])]
        try:
            return self._recurrent_result(layer, given, kwargs, label, node)
        except recurrent_shapes.StatesMisfit as misfit:
            render = self.interp.runner.symbols.render_dim
            expected = "(" + ", ".join(render(d) for d in misfit.expected) + ")"
            which = "hidden" if misfit.index is None else f"hidden[{misfit.index}]"
            message = f"Expected {which} size {expected}, got [{', '.join(render(d) for d in misfit.given)}]"
            self.interp.report(node, label, OpError(message, "RuntimeError", None, True), given)
            return UNKNOWN
        except recurrent_shapes.InputMisfit as misfit:
            render = self.interp.runner.symbols.render_dim
            message = (
                f"input.size(-1) must be equal to input_size. Expected {render(misfit.expected)}, "
                f"got {render(misfit.given)}"
            )
            self.interp.report(node, label, OpError(message, "RuntimeError", None, True), given)
            return UNKNOWN

    def _recurrent_result(
        self, layer: Any, given: list[Value], kwargs: dict[str, Value], label: str, node: ast.AST
    ) -> Value | None:
        torch = self.torch
        hx = given[1] if len(given) > 1 else kwargs.get("hx", Const(None))
        if given and isinstance(given[0], packed_sequences.PackedValue):
            return packed_sequences.recurrent(self.interp, layer, given[0], hx, label, node_line(node))
        if not given or not isinstance(given[0], TensorValue):
            return None
        try:
            state = to_concrete(hx)
        except NotConcrete:
            return None
        input = given[0]
        if not recurrent_shapes.has_symbolic_size(torch, layer, tree_tensors((input.probe, state))):
            return None
        grad = any(t.requires_grad for t in [*layer.parameters(), *tree_tensors((input.probe, state))])
        dtype = input.probe.dtype

        def shaped(shape: list[Any]) -> Any:
            return contiguous_probe(shape, dtype, COMPUTED if grad else NO_GRAD, self.interp.runner.symbols)

        result = recurrent_shapes.forward(
            torch, layer, input.probe, state, shaped, self.interp.runner.symbols.surely_differ
        )
        if result is None:
            return None
        origin = (*input.origin[-3:], short_op(label))
        line = node_line(node)
        return from_concrete(
            result, lambda probe: TensorValue(probe, input.device, origin, None, line, dtypes=input.dtypes)
        )


# Arguments that are values, not sizes: an unknown Python number there cannot change the result's shape,
# so a representative number stands in for it. (position, keyword) per callable.
_VALUE_ARGUMENTS: dict[str, tuple[tuple[int, str], ...]] = {
    "torch.full": ((1, "fill_value"),),
    "torch.full_like": ((1, "fill_value"),),
    "torch.Tensor.masked_fill": ((2, "value"),),
    "torch.Tensor.masked_fill_": ((2, "value"),),
    "torch.Tensor.fill_": ((1, "value"),),
    "torch.clamp": ((1, "min"), (2, "max")),
    "torch.Tensor.clamp": ((1, "min"), (2, "max")),
    "torch.clip": ((1, "min"), (2, "max")),
    "torch.pow": ((1, "exponent"),),
    "torch.Tensor.pow": ((1, "exponent"),),
    "torch.nn.functional.dropout": ((1, "p"),),
    "torch.nn.functional.leaky_relu": ((1, "negative_slope"),),
    "torch.where": ((1, "input"), (2, "other")),
    "torch.mul": ((1, "other"),),
    "torch.add": ((1, "other"),),
    "torch.sub": ((1, "other"),),
    "torch.div": ((1, "other"),),
    "torch.Tensor.mul": ((1, "other"),),
    "torch.Tensor.add": ((1, "other"),),
    "torch.Tensor.sub": ((1, "other"),),
    "torch.Tensor.div": ((1, "other"),),
}
# The ends of `torch.linspace(start, end, steps)` (and `logspace`): whatever torch accepts there, a number or a
# 0-d tensor, the result is [steps] of the default float dtype, so one whose value is unknown stands as 0.0.
_ENDPOINTS: dict[str, tuple[tuple[int, str], ...]] = {
    "torch.linspace": ((0, "start"), (1, "end")),
    "torch.logspace": ((0, "start"), (1, "end")),
}
_DROPOUT_FUNCTIONS = ("dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout")
_DROPOUT_LAYERS = ("Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout")
# Flags that cannot change the result's shape: an unknown one (a user module's `self.training`) stands
# as True, which torch accepts in every case (batch_norm in eval mode would need running statistics).
_SHAPE_FREE_FLAGS: dict[str, tuple[int, str]] = {
    **{f"torch.nn.functional.{name}": (2, "training") for name in _DROPOUT_FUNCTIONS},
    "torch.nn.functional.batch_norm": (5, "training"),
    "torch.nn.functional.rrelu": (3, "training"),
    "torch.nn.functional.instance_norm": (5, "use_input_stats"),
}
_OPERATORS = ("operator.",)
_SQUEEZES = ("torch.squeeze", "torch.Tensor.squeeze", "torch.Tensor.squeeze_")
_DROPOUTS = frozenset(
    [*(f"torch.nn.functional.{name}" for name in _DROPOUT_FUNCTIONS), *(f"torch.nn.{name}" for name in _DROPOUT_LAYERS)]
)


_LEFT_OUT = object()


def _without_unknown_state(args: list[Value], kwargs: dict[str, Value]) -> tuple[list[Value], dict[str, Value]]:
    """A recurrent layer's arguments without an initial state the engine cannot build: torch raises unless the
    state has exactly the shapes of the final state it returns, so every result's shape is the one with no state."""
    if len(args) == 2 and not is_concrete(args[1]):
        args = args[:1]
    if "hx" in kwargs and not is_concrete(kwargs["hx"]):
        kwargs = {k: v for k, v in kwargs.items() if k != "hx"}
    return args, kwargs


@functools.cache
def _constructor_parameters(cls: type) -> tuple[tuple[inspect.Parameter, ...], tuple[str, ...]]:
    """A layer class's constructor parameters, and the names of those that may be given by position: those of its
    first declared overload where the constructor itself takes `*args, **kwargs` (nn.LSTM, nn.GRU, nn.RNN)."""
    try:
        parameters = tuple(inspect.signature(cls).parameters.values())
    except (TypeError, ValueError):
        parameters = ()
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        parameters = _overload_parameters(cls) or parameters
    return parameters, tuple(p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def _overload_parameters(cls: type) -> tuple[inspect.Parameter, ...] | None:
    """The parameters (after `self`) of the first overload of `cls.__init__` that names them all."""
    for overload in typing.get_overloads(vars(cls).get("__init__", cls)):
        parameters = tuple(inspect.signature(overload).parameters.values())[1:]
        if not any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
            return parameters
    return None


def _argument_sources(
    node: ast.AST | None, label: str, count: int
) -> tuple[list[ast.expr | None], dict[str, ast.expr]]:
    """The expressions of the `count` positional arguments and the keyword arguments of `node`, when it is the
    call of `label` written out (none where the op runs for another construct or a `*` spread hides which is
    which)."""
    if not isinstance(node, ast.Call) or called_name(node.func) != label.rsplit(".", 1)[-1]:
        return [None] * count, {}
    written = _written(node.args, count)
    if written is None:
        return [None] * count, {}
    return list(written), {k.arg: k.value for k in node.keywords if k.arg is not None}


def _legacy_sizes(args: list[Value]) -> bool:
    """Whether `x.new(*args)` passes sizes: two or more arguments (each must then be an int), or one int."""
    if len(args) >= 2:
        return not any(isinstance(a, (TensorValue, Sequence, NdArray)) for a in args)
    return len(args) == 1 and is_int(args[0])


def _item_sources(source: ast.expr | None, count: int) -> list[ast.expr | None]:
    """The expressions of the `count` items of a tuple or list of sizes written out (`torch.zeros((n, n))`)."""
    written = _written(source.elts, count) if isinstance(source, (ast.Tuple, ast.List)) else None
    return [None] * count if written is None else list(written)


def _written(expressions: list[ast.expr], count: int) -> list[ast.expr] | None:
    """`expressions` when they are `count` items with no `*` spread among them."""
    if len(expressions) != count or any(isinstance(e, ast.Starred) for e in expressions):
        return None
    return expressions


def _int_or_ints(annotation: Any) -> bool:
    """Whether a parameter is declared an int or a tuple of ints (`kernel_size: int | tuple[int, int]`)."""
    members = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) else ()
    return int in members and all(m is int or m is type(None) or typing.get_origin(m) is tuple for m in members)


def _int_parameters(
    cls: type, declared_as: Callable[[Any], bool] = lambda annotation: annotation in (int, "int")
) -> tuple[tuple[bool, ...], frozenset[str]]:
    """Which of a layer class's constructor parameters are declared `int` (or as `declared_as` says; by position,
    and their names)."""
    parameters, positional = _constructor_parameters(cls)
    declared = {p.name: declared_as(p.annotation) for p in parameters}
    return tuple(declared[name] for name in positional), frozenset(name for name, is_int in declared.items() if is_int)


# `float`, `float | None` (`momentum`), or nothing declared (`nn.MultiheadAttention(dropout=0.0)`)
_FLOAT_ANNOTATIONS = (float, "float", float | None, "float | None", "Optional[float]", inspect.Parameter.empty)
_OPTIONAL_FLOAT_ANNOTATIONS = (float | None, "float | None", "Optional[float]")


def _float_defaults(cls: type) -> dict[str, tuple[int | None, float | None]]:
    """A layer class's constructor parameters with a float default that are declared `float` (or `float | None`,
    or not declared), and those declared `float | None` whose default is None (a bound: `max_norm`), by name:
    (position or None, default)."""
    parameters, positional = _constructor_parameters(cls)
    return {
        p.name: (positional.index(p.name) if p.name in positional else None, p.default)
        for p in parameters
        if (type(p.default) is float and p.annotation in _FLOAT_ANNOTATIONS)
        or (p.default is None and p.annotation in _OPTIONAL_FLOAT_ANNOTATIONS)
    }


def _rates_standing_in(
    cls: type, args: list[Value], kwargs: dict[str, Value]
) -> tuple[list[Value], dict[str, Value], bool]:
    """The constructor arguments with each unknown number (or value nothing is known of) given for a float
    parameter with a float default (a dropout rate, a slope, an epsilon) or an optional float one with none (a
    norm bound: never a size, and where it is no number the layer raises or keeps its shapes) replaced by that
    default, and whether one was."""
    rates = _float_defaults(cls)
    by_position = {position: default for position, default in rates.values() if position is not None}

    def rate(value: Value, rated: bool, default: float | None) -> Value:
        unknown = value is UNKNOWN or (isinstance(value, Scalar) and value.kind in (int, float, REAL))
        return Const(default) if rated and unknown else value

    new_args = [rate(a, n in by_position, by_position.get(n)) for n, a in enumerate(args)]
    new_kwargs = {k: rate(v, k in rates, rates[k][1] if k in rates else None) for k, v in kwargs.items()}
    replaced = any(a is not b for a, b in zip(new_args, args, strict=True)) or any(
        new_kwargs[k] is not kwargs[k] for k in kwargs
    )
    return new_args, new_kwargs, replaced


def _sizes_may_agree(items: Value, joined_dim: Const | None = None) -> bool:
    """Whether a list of tensors of one rank differs only in sizes the engine cannot compare (each window a loop
    cut at its own random start), `joined_dim` (cat's) aside: `torch.stack` of them runs, and stacks tensors of
    their join."""
    if not (isinstance(items, Sequence) and items.items and all(isinstance(i, TensorValue) for i in items.items)):
        return False
    shapes = [tuple(i.shape) for i in items.items if isinstance(i, TensorValue)]
    ranks = {len(shape) for shape in shapes}
    if len(ranks) != 1 or (joined_dim is not None and not -min(ranks) <= joined_dim.value < min(ranks)):
        return False
    skipped = None if joined_dim is None else joined_dim.value % min(ranks)
    return all(
        len({d for d in dims if isinstance(d, int)}) <= 1
        for index, dims in enumerate(zip(*shapes, strict=True))
        if index != skipped
    )


def _has_symint(value: Any) -> bool:
    import torch

    if isinstance(value, (list, tuple)):
        return any(_has_symint(item) for item in value)
    return isinstance(value, torch.SymInt)


def _all_sizes_known(value: Any) -> bool:
    """Whether a call's result is known with every size an int (False for None: nothing came back)."""
    return value is not None and all(isinstance(d, int) for t in tree_tensors(value) for d in t.shape)


def _representative_scalars(
    label: str, args: list[Value], kwargs: dict[str, Value]
) -> tuple[list[Value], dict[str, Value]]:
    """Replace unknown Python numbers by a representative where they cannot affect the result's shape."""
    floating = all(
        t.probe.dtype.is_floating_point or t.probe.dtype.is_complex for t in tensors_in([*args, *kwargs.values()])
    )
    represent = partial(_represent, floating=floating)
    if label.startswith(_OPERATORS):
        return [represent(a) for a in args], kwargs
    args, kwargs = _in_slots(args, kwargs, _VALUE_ARGUMENTS.get(label, ()), represent)
    args, kwargs = _in_slots(args, kwargs, _ENDPOINTS.get(label, ()), _endpoint)
    flags = (_SHAPE_FREE_FLAGS[label],) if label in _SHAPE_FREE_FLAGS else ()
    return _in_slots(args, kwargs, flags, _flag)


def _in_slots(
    args: list[Value], kwargs: dict[str, Value], slots: tuple[tuple[int, str], ...], replace: Callable[[Value], Value]
) -> tuple[list[Value], dict[str, Value]]:
    """The arguments with each one given at a slot (a position, or a keyword's name) replaced by `replace` of it."""
    positions = {p for p, _ in slots}
    names = {n for _, n in slots}
    return (
        [replace(a) if i in positions else a for i, a in enumerate(args)],
        {k: replace(v) if k in names else v for k, v in kwargs.items()},
    )


def _endpoint(value: Value) -> Value:
    return Const(0.0) if value is UNKNOWN or _unknown_number(value) else value


def _flag(value: Value) -> Value:
    return value if isinstance(value, Const) else Const(True)


def _initialiser(obj: Any) -> bool:
    """Whether `obj` is one of torch.nn.init's in-place initialisers (`xavier_uniform_`, `zeros_`, ...), which fill
    the tensor they are given and return that tensor."""
    name = getattr(obj, "__name__", "")
    return getattr(obj, "__module__", None) == "torch.nn.init" and name.endswith("_") and not name.startswith("_")


def _known_length(value: Value) -> int | None:
    """The number of items of a list, tuple or range whose length is a known int."""
    if isinstance(value, Sequence) and value.items is not None:
        return len(value.items)
    return len(value.ints) if isinstance(value, Range) and value.ints is not None else None


def _drawn_count(sampler: Value) -> int | None:
    """How many indices a DataLoader's sampler yields, hence how many samples the loader draws: a range's or a list's
    count where that is a known int."""
    if isinstance(sampler, Range):
        return sampler.length if isinstance(sampler.length, int) else None
    if isinstance(sampler, Sequence) and sampler.kind in ("list", "tuple") and sampler.items is not None:
        return len(sampler.items)
    return None


def _unknown_int(value: Value) -> bool:
    return isinstance(value, Scalar) and value.kind is int


def _unknown_number(value: Value) -> bool:
    """A Python number whose value is unknown, of a kind a `float` argument takes."""
    return isinstance(value, Scalar) and value.kind in (float, int, REAL)


def _as_number(value: Value) -> Value:
    """A numpy scalar (a 0-d array) as torch takes it in an op: a Python number of its kind (`x * np.mean(a)` is
    float32 for a float32 `x`); only `torch.tensor` and its kin keep its dtype, and they never get here."""
    if not isinstance(value, NdArray) or value.probe.dim() != 0 or str(value.probe.dtype) == "torch.bool":
        return value
    return Scalar(float if value.probe.dtype.is_floating_point else int)


def _represent(value: Value, floating: bool) -> Value:
    """A number of the unknown one's kind; for one that may be an int or a float, 1.0 where the tensors it meets
    are all floating (their result's dtype is the same for both), else the number left unknown."""
    if not isinstance(value, Scalar):
        return value
    if value.kind is REAL:
        return Const(1.0) if floating else value
    return Const(value.kind(1))


def _bound(receiver: Value, name: str) -> Value:
    from .values import BoundMethod

    return BoundMethod(receiver, name)


def _fixed_shapes(value: Value) -> bool:
    """Whether a value is numbers, strings and tensors of known sizes (in tuples, lists and dicts) only."""
    if isinstance(value, TensorValue):
        return all(isinstance(d, int) for d in value.shape)
    if isinstance(value, Sequence):
        return value.items is not None and all(_fixed_shapes(item) for item in value.items)
    return isinstance(value, Scalar) or (
        isinstance(value, Const) and isinstance(value.value, (bool, int, float, str)) and value.value is not None
    )


def _const_int(value: Value) -> int | None:
    if isinstance(value, Const) and isinstance(value.value, int) and not isinstance(value.value, bool):
        return value.value
    if isinstance(value, SymDim) and isinstance(value.value, int):
        return value.value
    return None


def _tensor_class(torch: Any, value: Value) -> Value:
    """`type(t)` of a tensor that is no Parameter is the class torch.Tensor (`x.type(type(y.data))`); any other
    value as it is."""
    of = value.value if isinstance(value, TypeOf) else None
    if isinstance(of, TensorValue) and not isinstance(of.probe, torch.nn.Parameter):
        return TorchRef("torch.Tensor", torch.Tensor)
    return value


def _canonical(cls: type) -> str:
    module = cls.__module__
    for public in ("torch.nn", "torch.optim", "torch.utils.data"):
        if module.startswith(public + ".") or module == public:
            return (
                f"{public}.{cls.__name__}"
                if not module.startswith("torch.optim.lr_scheduler")
                else f"torch.optim.lr_scheduler.{cls.__name__}"
            )
    return f"{module}.{cls.__qualname__}"


def _public_name(qualname: str, obj: Any) -> str:
    return _canonical(obj) if inspect.isclass(obj) and obj.__module__.startswith("torch") else qualname


def to_concrete_module(value: Any) -> Any:
    """The nn.Module object inside a constructed value."""
    return value.value if isinstance(value, Const) else value


def _shared_literals(tensors: list[TensorValue], shares: frozenset[int] | None, probes: int) -> tuple[Literal, ...]:
    """The contents a result may share memory with: those of the arguments it is a view of (all of them when
    that is not known), each once (`x = x + x` would double them), and only those that still hold."""
    if shares is not None and len(tensors) == probes:
        tensors = [tensor for position, tensor in enumerate(tensors) if position in shares]
    return tuple(dict.fromkeys(literal for tensor in tensors for literal in tensor.literals if literal.valid))


def _user_method(value: Value | None) -> TypeGuard[BoundMethod]:
    """Whether `value` is a method a user class defines, read through an object of it (`dataset.collate_fn`): a
    call of it runs the method with the object as `self`."""
    return (
        isinstance(value, BoundMethod)
        and isinstance(value.receiver, UserObject)
        and defining_class(value.receiver.cls, value.name) is not None
    )


def node_line(node: ast.AST) -> int | None:
    """0-based line of a node."""
    line = getattr(node, "lineno", None)
    return line - 1 if line is not None else None


def _as_list(tensor: TensorValue, surely_positive: Callable[[Any], bool]) -> Value:
    """`t.tolist()`: nested lists of Python numbers (see listed_numbers); the numbers themselves when the contents
    are known."""
    data = tensor.contents
    if data is not None:
        return from_concrete(data.tolist(), lambda probe: UNKNOWN)
    return listed_numbers(tensor.probe.dtype, tuple(tensor.shape), surely_positive)
