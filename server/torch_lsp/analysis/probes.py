"""Execute allow-listed torch callables on the engine's own probe tensors: meta first, then small real ones.

A result is computed on the meta device (or on fake tensors when sizes are symbolic). When the
tensors involved are small, the same call is repeated on real tensors on the active device, which
confirms the shape (and gives torch's real error message when the call fails).
"""

from __future__ import annotations

import contextlib
import copy
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import batch_norm_batches, group_norm_channels, meta_checks
from .equated_sizes import equated, kept_and_replaced
from .in_place_tensors import unshared
from .op_cache import OpCache, Placeholders, Uncacheable, argument_key, freeze, storage_size, thaw
from .sampled_sizes import SAMPLES, SMALL_SIZES, NotSampled, run_sampled, scalar_where_it_returns, symbols_of
from .symbols import ReplacementMark, Symbols, SymbolsDeferred

_MAX_MODULE_PARAMS = 1_000_000
# Above this many elements a call runs on meta tensors only (default of the torchLsp.probe.maxElements setting).
MAX_PROBE_ELEMENTS = 4096
_MAX_PRESENT_SIZES = 32


@dataclass(frozen=True)
class OpError:
    """A call that raised: torch's message, and whether a real probe confirmed it."""

    message: str
    exception: str
    confirmed_on: str | None
    for_all_sizes: bool = False
    assuming: tuple[tuple[str, int], ...] = ()  # named sizes at their declared defaults, which the error needs

    def assumption(self) -> str:
        """`num_points=256, emb_dims=128`: the defaults the error needs; empty when it needs none."""
        return ", ".join(f"{name}={value}" for name, value in self.assuming)


@dataclass
class OpResult:
    """The value a call returned (a structure of probe tensors and constants) or the error it raised."""

    value: Any = None
    error: OpError | None = None
    checked_on: str | None = None
    shares: frozenset[int] | None = None  # argument tensors (tree_tensors order) the value may share memory with
    evaluated: bool = True  # False: the call could not be run, so `value` is not its result (None is one)
    with_defaults: OpError | None = None  # the error the call raises with its named sizes at their defaults
    may_raise: OpError | None = None  # the error the call raises where two sizes differ (`value`: where they agree)


def shared_arguments(args: tuple, kwargs: dict, value: Any) -> frozenset[int]:
    """Positions (in tree_tensors order) of the argument tensors whose storage a tensor of `value` uses: the
    result is a view of them (`x.view(...)`), or one of them (`x.add_(1)`, dropout when not training)."""
    storages = {tensor.untyped_storage()._cdata for tensor in tree_tensors(value) if strided(tensor)}
    return frozenset(
        position
        for position, tensor in enumerate(tree_tensors((args, kwargs)))
        if strided(tensor) and tensor.untyped_storage()._cdata in storages
    )


def strided(tensor: Any) -> bool:
    """Whether a tensor has strides and a storage (a sparse one has neither: torch keeps indices and values)."""
    import torch

    return bool(tensor.layout == torch.strided)


def tree_tensors(value: Any) -> list[Any]:
    """Every tensor in a structure of call arguments or results."""
    import torch

    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in tree_tensors(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in tree_tensors(item)]
    return []


def tree_map(value: Any, fn: Callable[[Any], Any]) -> Any:
    """`value` with `fn` applied to every tensor and module in it (tuples, named tuples, lists, dicts)."""
    import torch

    if isinstance(value, (torch.Tensor, torch.nn.Module)):
        return fn(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(tree_map(v, fn) for v in value))
    if isinstance(value, (list, tuple)):
        return type(value)(tree_map(v, fn) for v in value)
    if isinstance(value, dict):
        return {k: tree_map(v, fn) for k, v in value.items()}
    return value


def _tree_dims(value: Any) -> list[Any]:
    """Every symbolic size in a structure of arguments (tensor sizes and SymInt scalars)."""
    import torch

    if isinstance(value, torch.Tensor):
        return [d for d in value.shape if isinstance(d, torch.SymInt)]
    if isinstance(value, torch.SymInt):
        return [value]
    if isinstance(value, slice):  # bounds with a probe value: torch would decide the slice's length on it
        bounds = _tree_dims((value.start, value.stop, value.step))
        return [d for d in bounds if d.node.hint is not None]
    if isinstance(value, (list, tuple)):
        return [d for item in value for d in _tree_dims(item)]
    if isinstance(value, dict):
        return [d for item in value.values() for d in _tree_dims(item)]
    return []


def _known_sizes(value: Any) -> set[int]:
    """The plain int sizes in a structure of arguments: tensors', layers' parameters' and int arguments."""
    import torch

    if isinstance(value, torch.nn.Module):
        return {d for p in value.parameters() for d in p.shape if isinstance(d, int)}
    if isinstance(value, torch.Tensor):
        return {d for d in value.shape if isinstance(d, int)}
    if isinstance(value, int) and not isinstance(value, bool):
        return {value} if value > 0 else set()
    if isinstance(value, (list, tuple)):
        return {d for item in value for d in _known_sizes(item)}
    if isinstance(value, dict):
        return {d for item in value.values() for d in _known_sizes(item)}
    return set()


def _substitute(value: Any, assignment: dict[Any, int]) -> Any:
    """The arguments with every symbolic size replaced by its value under `assignment` (tensors on meta)."""
    return _with_sizes(value, lambda d: int(d.node.expr.subs(assignment)))


def _with_sizes(value: Any, size: Callable[[Any], Any]) -> Any:
    """The arguments with each symbolic size `d` replaced by `size(d)` (tensors with one made anew, on meta)."""
    import torch

    def sized(d: Any) -> Any:
        return size(d) if isinstance(d, torch.SymInt) else d

    if isinstance(value, torch.Tensor):
        if any(isinstance(d, torch.SymInt) for d in value.shape):
            return torch.empty([sized(d) for d in value.shape], dtype=value.dtype, device="meta")
        return value
    if isinstance(value, torch.SymInt):
        return sized(value)
    if isinstance(value, slice):
        return slice(*_with_sizes((value.start, value.stop, value.step), size))
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(_with_sizes(v, size) for v in value))
    if isinstance(value, (list, tuple)):
        return type(value)(_with_sizes(v, size) for v in value)
    if isinstance(value, dict):
        return {k: _with_sizes(v, size) for k, v in value.items()}
    return value


def _layer_dims(layer: Any) -> list[Any]:
    """Every symbolic size a layer holds: its (and its sublayers') parameters', buffers' and size attributes'."""
    import torch

    dims = []
    for module in layer.modules():
        dims += _tree_dims([*module._parameters.values(), *module._buffers.values()])
        dims += [d for v in vars(module).values() if isinstance(v, (torch.SymInt, tuple, list)) for d in _tree_dims(v)]
    return dims


def _substituted_layer(layer: Any, assignment: dict[Any, int]) -> Any:
    """A copy of a layer that holds symbolic sizes with each replaced by its value under `assignment`."""
    copied = object.__new__(type(layer))
    copied.__dict__.update({key: _substituted_member(key, value, assignment) for key, value in vars(layer).items()})
    return copied


def _substituted_member(key: str, value: Any, assignment: dict[Any, int]) -> Any:
    """One entry of a layer's `__dict__` with its symbolic sizes replaced (its tensors, sublayers and sizes)."""
    import torch

    if key in ("_parameters", "_buffers"):
        return {name: _substitute(t, assignment) for name, t in value.items()}
    if key == "_modules":
        return {name: None if m is None else _substituted_layer(m, assignment) for name, m in value.items()}
    if isinstance(value, (torch.SymInt, tuple, list)) and _tree_dims(value):
        return _substitute(value, assignment)
    return value


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _unmodelled(error: BaseException) -> bool:
    """Whether a failure says that torch cannot run the call on these tensors, not that their sizes are wrong (a
    message that quotes a probe, `expand(MetaFloatType{[1, 1, 4]}, size=[5, -1])`, names meta as its type)."""
    message = _QUOTED_PROBE.sub("", _first_line(error))
    return (
        isinstance(error, NotImplementedError)
        or type(error).__name__ in _UNMODELLED_EXCEPTIONS
        or any(m in message for m in _NOT_MODELLED)
    )


_QUOTED_PROBE = re.compile(r"\bMeta\w*Type\{[^}]*\}")
_SHAPE_ERRORS = (RuntimeError, IndexError, ValueError, AssertionError)
# torch's fake tensors refuse ops whose output shape the data decides (`_ctc_loss` with length tensors, `nonzero`
# without a ShapeEnv) or that they cannot run: no verdict on the sizes
_UNMODELLED_EXCEPTIONS = ("DynamicOutputShapeException", "DataDependentOutputException", "UnsupportedOperatorException")
_NOT_MODELLED = (
    "meta",
    "Meta",
    "fake",
    "Fake",
    "symbolic",
    "SymInt",
    "data-dependent",
    "data dependent",
    "unbacked",
    "NotImplemented",
    "GuardOnDataDependent",
    "Could not guard",
)


# Errors that real probes find after meta succeeded count, except those that may come from the
# probes' random values (a Cholesky of a random matrix), which the user's data does not share.
_VALUE_ERRORS = (
    "positive-definite",
    "singular",
    "nan",
    "NaN",
    "inf",
    "out of bounds",
    "index out of range",
    "Assertion",
    "non-negative",
    "probability",
    "converge",
    "invalid multinomial",
    "must be in range",
    "ZeroDivisionError",  # integer division by a zero of the probe's filling
)


# the values of the k-th symbol tried, in turn, to see whether a plain result size follows the symbols' probe values
_OTHER_PICKS: tuple[Callable[[int], int], ...] = (
    lambda k: SAMPLES[1][k],
    lambda k: SAMPLES[0][k],
    *((lambda k, small=small: small + k) for small in SMALL_SIZES[1:]),
)


class OpRunner:
    """Runs allow-listed calls for one analysis (its symbols) with a process-wide cache."""

    def __init__(self, symbols: Symbols, device: str | None, max_elements: int, cache: OpCache) -> None:
        self.symbols = symbols
        self.device = device
        self.max_elements = max_elements
        self.cache = cache
        self._own_cache = OpCache()  # calls on sizes of this analysis without hint values
        self._real_modules: dict[int, Any] = {}
        self._counts: dict[int, tuple[Any, Any]] = {}  # a sparse probe's id: (the probe, its count of entries)

    def _stored_count(self, sparse: Any) -> Any:
        """The number of entries the sparse tensor `sparse` stands for stores: an int of its own, 0 or more."""
        if id(sparse) not in self._counts:
            self._counts[id(sparse)] = (sparse, self.symbols.bounded(0, sys.maxsize))
        return self._counts[id(sparse)][1]

    def call(self, label: str, fn: Callable[..., Any], args: tuple, kwargs: dict, confirm: bool = True) -> OpResult:
        """Run `fn(*args, **kwargs)` on probes (and, if `confirm`, on small real ones); never raises."""
        import torch

        placeholders = Placeholders(self.symbols)
        try:
            op = argument_key(fn, placeholders) if _is_module(fn) else id(fn)
            key = (
                label,
                op,
                argument_key(args, placeholders),
                argument_key(kwargs, placeholders),
                placeholders.facts(),
                torch.is_grad_enabled(),  # whether results require grad, and in-place ops on leaves fail
                torch.get_default_dtype(),  # what factories make (see default_dtypes)
            )
        except Uncacheable:
            key = None
        cache = self._own_cache if placeholders.own else self.cache
        if key is not None:
            entry = cache.get(key)
            if entry is not None:
                return self._from_cache(entry, placeholders)
        refusals = self.symbols.refusals
        result = self._execute(fn, args, kwargs, symbolic=key is None or placeholders.used, confirm=confirm)
        if refusals != self.symbols.refusals:  # a result without symbolic sizes is not the final one
            return result
        if key is not None and self._lasting(result, placeholders):
            try:
                frozen = None if result.error else freeze(result.value, placeholders)
                cache.put(key, (frozen, result.error, result.checked_on, result.shares, result.evaluated))
            except Uncacheable:
                pass
        return result

    def _lasting(self, result: OpResult, placeholders: Placeholders) -> bool:
        """Whether a result holds for every later call with the same key."""
        if result.error is None:
            return result.may_raise is None  # a warning names the user's symbols, which the key leaves out
        # an error on symbolic sizes names the user's symbols, which the key leaves out
        return not placeholders.used and (result.error.confirmed_on is not None or not self.device)

    @staticmethod
    def _from_cache(entry: tuple, placeholders: Placeholders) -> OpResult:
        frozen, error, checked_on, shares, evaluated = entry
        if error is not None or not evaluated:
            return OpResult(error=error, evaluated=evaluated)
        return OpResult(value=thaw(frozen, placeholders), checked_on=checked_on, shares=shares)

    def _execute(
        self, fn: Callable[..., Any], args: tuple, kwargs: dict, symbolic: bool, confirm: bool = True
    ) -> OpResult:
        import torch

        from . import sparse_ops  # it runs ops through this module's helpers

        if sparse_ops.reads_entries(fn, args):
            try:
                value = sparse_ops.coo_entries(fn, args, self._stored_count)
            except SymbolsDeferred:  # counted in the refusals: the analysis with symbols knows it
                value = None
            return OpResult(value=value) if value is not None else OpResult(evaluated=False)
        mark, guards, asserts = self.symbols.replacement_mark(), self.symbols.guard_mark(), self.symbols.assert_mark()
        try:
            with self.symbols.mode() if symbolic else contextlib.nullcontext(), torch.device("meta"):
                meta_checks.check(fn, args, kwargs)
                own_args, own_kwargs = unshared(fn, args, kwargs)
                value = fn(*own_args, **own_kwargs)
        except (*_SHAPE_ERRORS, NotImplementedError) as error:
            if batch_norm_batches.undecided_batch(fn, error):
                self.symbols.undo_specialisations(mark, guards)
                normalised = batch_norm_batches.normalised(fn, args, kwargs, self.symbols)
                return OpResult(value=normalised) if normalised is not None else OpResult(evaluated=False)
            if group_norm_channels.undecided_channels(fn, args, kwargs, error):
                self.symbols.undo_specialisations(mark, guards)
                grouped = group_norm_channels.normalised(fn, args[0], self.symbols)
                return OpResult(value=grouped) if grouped is not None else OpResult(evaluated=False)
            if holds_symbols(fn):  # a layer's own symbols: an error only when it holds for their sampled values
                specialised = self.symbols.undo_specialisations(mark, guards)
                message = _first_line(error)
                if not specialised and (equal := self._where_equal(fn, args, kwargs, mark, guards)) is not None:
                    return OpResult(value=equal)
                if (
                    specialised
                    or _unmodelled(error)
                    or self.symbols.guarded_since(guards)
                    or not self._fails_for_sampled_sizes(fn, args, kwargs)
                ):
                    return OpResult(evaluated=False)
                return OpResult(error=OpError(self.symbols.rename(message), type(error).__name__, None, True))
            if pinned := self.symbols.undo_specialisations(mark, guards):
                return self._sampled(fn, args, kwargs, self._assumed(pinned))
            if symbolic and (equal := self._where_equal(fn, args, kwargs, mark, guards)) is not None:
                warning = OpError(self.symbols.rename(_first_line(error)), type(error).__name__, None)
                return OpResult(value=equal, may_raise=warning)
            return (
                self._after_failure(fn, args, kwargs, error, symbolic, self.symbols.guarded_since(guards))
                if confirm
                else OpResult(error=OpError(_first_line(error), type(error).__name__, None))
            )
        except Exception:  # noqa: BLE001 any other failure of a meta call is an unknown result, never a shape error
            self.symbols.undo_specialisations(mark, guards)
            return OpResult(evaluated=False)
        if holds_symbols(fn):  # its sizes have no probe value that a result could follow
            if self.symbols.undo_specialisations(mark, guards):
                return OpResult(evaluated=False)
            return OpResult(value=value, with_defaults=self._error_with_defaults(asserts, fn, args, kwargs))
        pinned = self.symbols.undo_specialisations(mark, guards)
        if pinned and not self._holds_either_way(pinned, fn, args, kwargs):
            return self._sampled(fn, args, kwargs, self._assumed(pinned))
        if (symbolic and self.symbols.guarded_since(guards)) or (
            symbolic and self._follows_hints(fn, args, kwargs, value)
        ):
            return self._sampled(fn, args, kwargs)
        shares = shared_arguments(args, kwargs, value)
        result = OpResult(value=value) if not confirm or symbolic else self._confirm(fn, args, kwargs, value)
        result.shares = shares
        result.with_defaults = self._error_with_defaults(asserts, fn, args, kwargs)
        return result

    def _where_equal(
        self, fn: Callable[..., Any], args: tuple, kwargs: dict, mark: ReplacementMark, guards: int
    ) -> Any:
        """The result of a call that failed on symbolic sizes only because torch found two of them different (see
        equated_sizes), run with them equal; None when it decided anything else, or fails or decides again."""
        import torch

        pair = self.symbols.unequal_pair(guards)
        fixed = {s for d in _layer_dims(fn) for s in d.node.expr.free_symbols} if _is_module(fn) else set()
        sides = kept_and_replaced(pair, fixed, self.symbols) if pair is not None else None
        if pair is None or sides is None:
            return None
        kept, replaced = sides
        equal_args, equal_kwargs = equated((args, kwargs), {replaced: kept}, self.symbols)
        again, again_guards = self.symbols.replacement_mark(), self.symbols.guard_mark()
        try:
            with self.symbols.mode(), torch.device("meta"):
                meta_checks.check(fn, equal_args, equal_kwargs)
                own_args, own_kwargs = unshared(fn, equal_args, equal_kwargs)
                value = fn(*own_args, **own_kwargs)
        except Exception:  # noqa: BLE001 it fails with them equal as well: nothing is known of its result
            self.symbols.undo_specialisations(again, again_guards)
            return None
        if (
            self.symbols.undo_specialisations(again, again_guards)
            or self.symbols.guarded_since(again_guards)
            or (not holds_symbols(fn) and self._follows_hints(fn, equal_args, equal_kwargs, value))
        ):
            return None
        self.symbols.forget_difference(mark, guards, pair)
        return value

    def _error_with_defaults(
        self, asserts: tuple[int, dict[Any, int]] | None, fn: Callable[..., Any], args: tuple, kwargs: dict
    ) -> OpError | None:
        """The error a call raises with its named sizes at their declared defaults, when a requirement it recorded
        since `asserts` (a `Symbols.assert_mark`) is false for them."""
        return self.error_at_defaults(self.symbols.broken_by_defaults(asserts), fn, args, kwargs)

    def error_at_defaults(
        self, defaults: dict[Any, int], fn: Callable[..., Any], args: tuple, kwargs: dict
    ) -> OpError | None:
        """The shape error the call raises, whatever its other sizes, with some named sizes at their defaults."""
        error = self._shape_error_with(defaults, fn, args, kwargs) if defaults else None
        if error is None:
            return None
        assuming = tuple((self.symbols.label(symbol) or "?", value) for symbol, value in defaults.items())
        return OpError(self.symbols.rename(_first_line(error)), type(error).__name__, None, True, assuming)

    def _assumed(self, pinned: dict[Any, int]) -> dict[Any, int]:
        """Pinned sizes that are all assumed to be at least 2, each with its number (torch's pinning is then a fact
        for every size but 1); none when some size was pinned to its probe value instead, which tells nothing."""
        return pinned if all(self.symbols.is_assumed(symbol) for symbol in pinned) else {}

    def _holds_either_way(self, pinned: dict[Any, int], fn: Callable[..., Any], args: tuple, kwargs: dict) -> bool:
        """Whether a result that pinned sizes assumed to be at least 2 to numbers (broadcasting `[9, n]` with
        `[9, 99]` sets n = 99) holds for the value 1 the assumption left out as well: each such size is one whole
        dim of one operand, so n = 1 broadcasts to the same result; or the call raises a shape error with them at 1
        (`conv2d` of 8 channels with a weight of [n, n, 1, 1]), so no run goes on with that value. The pinning
        itself is undone either way."""
        if not all(self.symbols.is_assumed(symbol) for symbol in pinned):
            return False
        dims = _tree_dims((args, kwargs))
        whole = all(
            sum(symbol in d.node.expr.free_symbols for d in dims) == 1 and any(d.node.expr == symbol for d in dims)
            for symbol in pinned
        )
        return whole or self._raises_at_one(pinned, fn, args, kwargs)

    def _raises_at_one(self, pinned: dict[Any, int], fn: Callable[..., Any], args: tuple, kwargs: dict) -> bool:
        """Whether the call raises a shape error, for every value of its other sizes, with each pinned size at 1."""
        return self._shape_error_with(dict.fromkeys(pinned, 1), fn, args, kwargs) is not None

    def _shape_error_with(
        self, sizes: dict[Any, int], fn: Callable[..., Any], args: tuple, kwargs: dict
    ) -> BaseException | None:
        """The shape error the call raises, for every value of its other sizes, with some symbols at numbers."""
        import torch

        mark, guards = self.symbols.replacement_mark(), self.symbols.guard_mark()
        try:
            with self.symbols.mode(), torch.device("meta"):
                at = _with_sizes((args, kwargs), lambda d: self.symbols.size(d.node.expr.subs(sizes)))
                fn(*at[0], **at[1])
        except _SHAPE_ERRORS as error:
            decided = self.symbols.guarded_since(guards) or self.symbols.undo_specialisations(mark, guards)
            return None if decided or _unmodelled(error) else error
        except Exception:  # noqa: BLE001 any other failure tells nothing of the sizes
            self.symbols.undo_specialisations(mark, guards)
            return None
        self.symbols.undo_specialisations(mark, guards)
        return None

    def _after_failure(
        self,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        error: BaseException,
        symbolic: bool,
        guarded: bool = False,
    ) -> OpResult:
        """What a call that raised on probes means: a shape error (for every size of the symbols when no
        decision on their values led to it, `guarded` False, and sampled sizes agree), or an op to run otherwise."""
        from . import sparse_ops  # it runs ops through this module's helpers

        if symbolic and (product := sparse_ops.dense_product(fn, args, kwargs, self.symbols)) is not None:
            return OpResult(value=product)
        message = _first_line(error)
        not_modelled = _unmodelled(error)
        if not_modelled and (sparse_ops.involves_sparse(args, kwargs) or sparse_ops.makes_sparse(fn)):
            value, failure = sparse_ops.run_on_fake_cpu(fn, args, kwargs, self.symbols, _SHAPE_ERRORS)
            if failure is not None:
                return OpResult(error=OpError(_first_line(failure), type(failure).__name__, None))
            return OpResult(value=value)
        if not_modelled and not symbolic:
            retry = self._execute_fake(fn, args, kwargs)
            if retry is not None:
                return retry
        if not_modelled:
            return (
                self._sampled(fn, args, kwargs) if _tree_dims((args, kwargs)) else self._real_fallback(fn, args, kwargs)
            )
        if symbolic:
            return OpResult(
                error=OpError(
                    self.symbols.rename(message),
                    type(error).__name__,
                    None,
                    not guarded and self._fails_for_sampled_sizes(fn, args, kwargs),
                )
            )
        real = self._real_call(fn, args, kwargs)
        if real is None:
            return OpResult(error=OpError(message, type(error).__name__, None))
        if real[1] is None:
            return OpResult(evaluated=False)
        return OpResult(error=OpError(_first_line(real[1]), type(real[1]).__name__, self.device))

    def _follows_hints(self, fn: Callable[..., Any], args: tuple, kwargs: dict, value: Any) -> bool:
        """Whether a symbolic call's result has a plain size that its operands (a layer's parameters among them) do
        not have and that changes when the symbols take other values: torch computed it from their probe values (a
        float scale) without recording a guard. The other values are the first pick of `_OTHER_PICKS` that gives
        every operand a size a tensor can have (`251 - s//4` is negative for large samples of `s`)."""
        dims = _tree_dims((args, kwargs))
        if not dims:
            return False
        known = _known_sizes((args, kwargs, fn if _is_module(fn) else None)) | {0, 1}
        results = tree_tensors(value)
        if all(d in known for t in results for d in t.shape if isinstance(d, int)):
            return False
        symbols = symbols_of(dims)
        operands = None
        for pick in _OTHER_PICKS:
            try:
                operands = _substitute((args, kwargs), {symbol: pick(k) for k, symbol in enumerate(symbols)})
                break
            except Exception:  # noqa: BLE001 sizes no operand can have (negative): the pick tells nothing
                continue
        if operands is None:
            return True
        try:
            other = tree_tensors(self._on_meta(fn, *operands))
        except Exception:  # noqa: BLE001 (any failure: the result cannot be trusted to hold for other sizes)
            return True
        if [t.dim() for t in other] != [t.dim() for t in results]:
            return True
        return any(
            isinstance(d, int) and d != o
            for t, u in zip(results, other, strict=True)
            for d, o in zip(t.shape, u.shape, strict=True)
        )

    def _on_meta(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
        """`fn` on meta tensors, or on fake ones where meta has no kernel for it (`nonzero`, whose row count only
        the data decides: fake tensors give it a size of its own)."""
        import torch

        try:
            with torch.device("meta"):
                return fn(*args, **kwargs)
        except NotImplementedError:
            with self.symbols.mode(), torch.device("meta"):
                return fn(*args, **kwargs)

    def _sampled(
        self, fn: Callable[..., Any], args: tuple, kwargs: dict, pinned: dict[Any, int] | None = None
    ) -> OpResult:
        """A call that cannot run on symbolic sizes, run with sampled values for them (see sampled_sizes), `pinned`
        sizes at 1 or their number."""
        grad = any(t.requires_grad for t in tree_tensors((args, kwargs)))
        dims = _tree_dims((args, kwargs))
        try:
            return OpResult(value=run_sampled(fn, args, kwargs, dims, _substitute, self.symbols, grad, pinned or {}))
        except NotSampled:
            scalar = scalar_where_it_returns(fn, args, kwargs, symbols_of(dims), _substitute)
            return OpResult(value=scalar) if scalar is not None else OpResult(evaluated=False)

    def _fails_for_sampled_sizes(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> bool:
        """Whether a call that fails on symbolic sizes also fails with each symbol set to 1, to small and large
        distinct values, to multiples of 720720 (divisible by 1..16), and to every size the call's other operands
        have (a symbol that must equal one of them): then the error does not depend on what the sizes turn out
        to be. A pick that gives an operand a size no tensor can have (a negative one) is left out."""
        import torch

        layer = fn if holds_symbols(fn) else None
        dims = _tree_dims((args, kwargs)) + (_layer_dims(layer) if layer is not None else [])
        symbols = sorted({s for d in dims for s in d.node.expr.free_symbols}, key=str)
        present = sorted(_known_sizes((args, kwargs, fn if _is_module(fn) else None)))[:_MAX_PRESENT_SIZES]
        picks: list[Callable[[int], int]] = [
            lambda i: 1,
            lambda i: 2 + 3 * i,
            lambda i: 97 + 7 * i,
            lambda i: 720720 * (i + 1),
            *((lambda i, size=size: size) for size in present),
        ]
        failed = False
        for pick in picks:
            assignment = {symbol: pick(i) for i, symbol in enumerate(symbols)}
            try:
                concrete_args, concrete_kwargs = _substitute((args, kwargs), assignment)
                concrete_fn = _substituted_layer(layer, assignment) if layer is not None else fn
            except Exception:  # noqa: BLE001 sizes no operand can have (negative, overflowing): this pick tells nothing
                continue
            try:
                with torch.device("meta"):
                    meta_checks.check(concrete_fn, concrete_args, concrete_kwargs)
                    concrete_fn(*concrete_args, **concrete_kwargs)
            except _SHAPE_ERRORS as error:
                if _unmodelled(error):  # a size left symbolic: no verdict
                    return False
                failed = True
                continue
            except Exception:  # noqa: BLE001 an unexpected failure confirms nothing
                return False
            return False
        return failed

    def _real_fallback(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> OpResult:
        """For calls meta cannot run: trust small real probes only if two different fillings agree on shapes."""
        import torch

        first = self._real_call(fn, args, kwargs)
        second = self._real_call(fn, args, kwargs, alternate=True)
        if first is None or second is None or first[1] is not None or second[1] is not None:
            return OpResult(evaluated=False)
        shapes = [[tuple(t.shape) for t in tree_tensors(r[0])] for r in (first, second)]
        if shapes[0] != shapes[1]:
            return OpResult(evaluated=False)
        on_meta = tree_map(first[0], lambda t: t.to("meta") if isinstance(t, torch.Tensor) else t)
        return OpResult(value=on_meta, checked_on=self.device)

    def _execute_fake(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> OpResult | None:
        import torch

        try:
            with self.symbols.mode(), torch.device("meta"):
                return OpResult(value=fn(*args, **kwargs))
        except Exception:  # noqa: BLE001 fake-tensor mode failing is an unknown result
            return None

    def _small(self, tensors: list[Any]) -> bool:
        total = 0
        for t in tensors:
            if any(not isinstance(d, int) for d in t.shape):
                return False
            total += math.prod(t.shape)
        return total <= self.max_elements

    def _confirm(self, fn: Callable[..., Any], args: tuple, kwargs: dict, value: Any) -> OpResult:
        """Repeat a successful meta call on small real probes: confirms the shape, or finds what meta misses (an
        error only where the other filling of the probes raises one too: what one filling alone raises comes from
        the contents, as lu_solve's pivots of zeros do)."""
        real = self._real_call(fn, args, kwargs, tree_tensors(value))
        if real is None:
            return OpResult(value=value)
        real_value, real_error = real
        if real_error is not None:
            message = _first_line(real_error)
            if any(marker in message for marker in _VALUE_ERRORS):
                return OpResult(value=value)
            other = self._real_call(fn, args, kwargs, tree_tensors(value), alternate=True)
            if other is None or other[1] is None:
                return OpResult(value=value)
            return OpResult(error=OpError(message, type(real_error).__name__, self.device))
        meta_shapes = [tuple(t.shape) for t in tree_tensors(value)]
        real_shapes = [tuple(t.shape) for t in tree_tensors(real_value)]
        return OpResult(value=value, checked_on=self.device if meta_shapes == real_shapes else None)

    def _real_call(
        self,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        outputs: list[Any] | None = None,
        alternate: bool = False,
    ) -> tuple[Any, BaseException | None] | None:
        """Repeat a call on real tensors on the active device when everything involved is small."""
        import torch

        if not self.device or not self._small(tree_tensors((args, kwargs)) + (outputs or [])):
            return None
        try:
            real_fn = self._real_module(fn) if _is_module(fn) else fn
            if real_fn is None:
                return None

            def make(tensor: Any) -> Any:
                return self._real_tensor(tensor, alternate)

            real_args = tree_map(args, make)
            real_kwargs = tree_map(kwargs, make)
        except Exception:  # noqa: BLE001 a probe that cannot be built is skipped
            return None
        try:
            with torch.device(self.device), torch.no_grad():
                return real_fn(*real_args, **real_kwargs), None
        except _SHAPE_ERRORS as error:
            return None, error
        except Exception:  # noqa: BLE001 a probe failing otherwise than with a shape error proves nothing
            return None

    def _real_tensor(self, value: Any, alternate: bool = False) -> Any:
        """A real tensor like the probe `value`: random floats and zero integers, or (alternate) the reverse."""
        import torch

        if _is_module(value):
            return self._real_module(value)
        shape, stride = tuple(value.shape), tuple(value.stride())
        size = storage_size(shape, stride)
        if value.dtype.is_floating_point or value.dtype.is_complex:
            storage = (torch.zeros if alternate else torch.rand)(size, device=self.device).to(value.dtype)
        else:
            storage = (torch.ones if alternate else torch.zeros)(size, dtype=value.dtype, device=self.device)
        return storage.as_strided(shape, stride).requires_grad_(value.requires_grad and value.dtype.is_floating_point)

    def _real_module(self, module: Any) -> Any:
        """A copy of `module` on the device, each of its layers in the mode of the one it copies."""
        cached = self._real_modules.get(id(module))
        if cached is not None:
            real = cached[1]
        elif sum(p.numel() for p in module.parameters()) > _MAX_MODULE_PARAMS:
            return None
        else:
            real = copy.deepcopy(module).to_empty(device=self.device)
            for p in real.parameters():
                p.data.uniform_(-0.1, 0.1)
            self._real_modules[id(module)] = (module, real)
        for layer, given in zip(real.modules(), module.modules(), strict=True):
            layer.training = given.training
        return real


def holds_symbols(fn: Any) -> bool:
    """Whether `fn` is a layer whose parameters, buffers or size attributes (`groups`) have symbolic sizes."""
    return _is_module(fn) and bool(_layer_dims(fn))


def _is_module(value: Any) -> bool:
    import torch

    return isinstance(value, torch.nn.Module)
