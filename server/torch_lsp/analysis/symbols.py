"""Symbolic sizes: named dims (`B`, `H`) and unknown ones (`?`), on torch's FakeTensor/ShapeEnv."""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import sys
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from . import work_clock

# The probe value of the first symbol; the next ones are 2 apart. Hints must never depend on it.
FIRST_HINT = 1009


@functools.cache
def _source_class() -> type:
    from torch._guards import GuardSource, Source

    @dataclasses.dataclass(frozen=True)
    class NamedSource(Source):
        label: str

        @property
        def name(self) -> str:
            return self.label

        def guard_source(self) -> GuardSource:  # type: ignore[override]  # a method in the torch versions before 2.10
            return GuardSource.CONSTANT

        def reconstruct(self, codegen: Any) -> None:
            raise NotImplementedError

    return NamedSource


class ReplacementMark(NamedTuple):
    """The ShapeEnv before an op: how many replacements it had, and its axioms."""

    replacements: int
    axioms: dict[Any, Any]


def expression(size: Any) -> Any:
    """The sympy expression of a size (`torch.SymInt`); None for a plain int or any other value."""
    return getattr(getattr(size, "node", None), "expr", None)


def comparable(size: Any) -> Any:
    """The sympy expression of a symbolic size, else the size itself: sizes compared without recording a guard."""
    expr = expression(size)
    return size if expr is None else expr


class SymbolsDeferred(Exception):
    """A symbolic size was needed by an analysis made while the fake-tensor machinery is not loaded."""


class Symbols:
    """One analysis's symbolic sizes; the fake-tensor machinery is created only when first needed.

    `setup_seconds` is what creating it cost (imports, the first time in a process): analysis budgets
    do not count it. With `available=False` (a server's first seconds, see `prepare`) every request
    for symbolic sizes raises SymbolsDeferred, which the interpreter treats as an unknown value, and
    `refusals` counts them. `first_hint` is the probe value torch decides guards with for the first symbol
    (the next ones follow, 2 apart): no hint may depend on it.
    """

    def __init__(self, available: bool = True, first_hint: int = FIRST_HINT) -> None:
        self.available = available
        self.refusals = 0
        self._env: Any = None
        self._mode: Any = None
        self._labels: dict[Any, str | None] = {}
        self._hints: dict[Any, int] = {}
        self._named: dict[Any, Any] = {}
        self._ranges: dict[Any, Any] = {}
        self._bounded: dict[Any, tuple[Any, Any]] = {}  # a bounded int's symbol -> its (lower, upper) bounds
        self._lengths: set[Any] = set()  # the symbols of `unnamed_length`
        self._assumed: set[Any] = set()  # named unknown sizes
        self._asserts: dict[Any, int] = {}  # a symbol without a probe value -> the runtime asserts it was made with
        self._defaults: dict[Any, int] = {}  # a named unknown size -> the value the program declares by default
        self._assert_lengths: tuple[int, dict[Any, int]] | None = None  # see assert_mark
        self._made: list[Any] = []  # every symbol, in the order made (see size_mark)
        # the symbols that take another value in each item of a list whose element stands for several (made by a
        # loop interpreted as a fix-point, or by a comprehension's one evaluation): see item_sizes
        self.varying: set[Any] = set()
        # how many ints `drawn` made and sizes `named_unknown` gave for an assignment: a call that made one gives
        # another each time it runs
        self.draws = 0
        self._next_hint = first_hint
        self.setup_seconds = 0.0

    @property
    def active(self) -> bool:
        """Whether any symbolic size exists in this analysis."""
        return self._mode is not None

    def mode(self) -> Any:
        """The FakeTensorMode that symbolic tensors live in."""
        if self._mode is None:
            if not self.available:
                self.refusals += 1
                raise SymbolsDeferred
            start = work_clock.now()
            from torch._subclasses.fake_tensor import FakeTensorMode
            from torch.fx.experimental.symbolic_shapes import ShapeEnv

            logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)
            self._env = ShapeEnv(duck_shape=False)
            self._mode = FakeTensorMode(shape_env=self._env, allow_non_fake_inputs=True)
            self.setup_seconds = work_clock.now() - start
        return self._mode

    @contextmanager
    def uncached(self) -> Iterator[None]:
        """The fake mode with its dispatch cache off, for a tensor whose sizes mostly hold a symbol just made (a
        join's): an entry keyed by a fresh symbol is never hit again, and making one costs three times the tensor."""
        mode = self.mode()
        cached = getattr(mode, "cache_enabled", False)  # torch before 2.3 caches nothing
        mode.cache_enabled = False
        try:
            with mode:
                yield
        finally:
            mode.cache_enabled = cached

    def _create(self, label: str | None) -> Any:
        self.mode()
        hint = self._next_hint
        self._next_hint += 2
        source = _source_class()(label or f"unknown{hint}")
        symbol = self._env.create_symbol(hint, source=source)
        self._made.append(symbol)
        self._labels[symbol] = label
        self._hints[symbol] = hint
        self._ranges[symbol] = self._env.var_to_range.get(symbol)
        return self._env.create_symintnode(symbol, hint=hint)

    def untouched(self) -> bool:
        """Whether no symbolic size exists yet (nothing was decided about one)."""
        return self._env is None or not self._env.var_to_range

    def facts(self, symbol: Any) -> tuple | None:
        """What the ShapeEnv knows of a symbol this analysis made: the value torch decides guards with, its
        range and any replacement; None for a symbol torch made (a data-dependent size)."""
        hint = self._hints.get(symbol)
        return None if hint is None else (hint, *self._env_facts(symbol))

    def own_facts(self, symbol: Any) -> tuple | None:
        """What the ShapeEnv knows of a size of this analysis without a hint value (a named unknown size, a bounded
        int), with the symbol itself: relations between such symbols are not part of the key (see OpRunner.call)."""
        if symbol in self._hints or symbol not in self._ranges:
            return None
        return (symbol, *self._env_facts(symbol))

    def _env_facts(self, symbol: Any) -> tuple:
        """A symbol's range and replacement in the ShapeEnv."""
        bounds = self._env.var_to_range.get(symbol)
        replacement = self._env.replacements.get(symbol)
        return (bounds and (bounds.lower, bounds.upper), replacement and str(replacement))

    def replacement_mark(self) -> ReplacementMark:
        """A mark to give `undo_specialisations` after an op."""
        if self._env is None:
            return ReplacementMark(0, {})
        return ReplacementMark(len(self._env.replacements), dict(self._env.axioms))

    def undo_specialisations(self, mark: ReplacementMark, guard_mark: int | None = None) -> dict[Any, int]:
        """The symbols of this analysis an op since `mark` replaced by a number, with those numbers: torch
        specialised them to their probe values (a guard decided on the hint), or pinned a named unknown size or a
        bounded int to a number, which may rest on the assumption that sizes are at least 2 (broadcasting [n] with
        [300] accepts n = 1 as well as 300): neither is a fact about the program. Those replacements are undone
        (with the guards recorded since `guard_mark` and the runtime asserts that mention them), so the symbols'
        other sizes stay symbolic. The axioms are those from before the op: torch rewrote them with the
        replacements (`2 <= s` became `True`), and a rewritten axiom would let a later op take the number for the
        symbol without replacing it."""
        env = self._env
        if env is None or len(env.replacements) == mark.replacements:
            return {}
        specialised = {
            s: int(r) for s, r in env.replacements.items() if (s in self._hints or s in self._asserts) and r.is_number
        }
        for symbol in specialised:
            del env.replacements[symbol]
            if self._ranges.get(symbol) is not None:
                env.var_to_range[symbol] = self._ranges[symbol]
            if symbol in self._asserts and symbol in env.deferred_runtime_asserts:
                del env.deferred_runtime_asserts[symbol][self._asserts[symbol] :]
                self._assert_lengths = None  # the count torch keeps does not go down
        if specialised:
            # the guards and axioms that pinned them would let later ops decide on the probe values again
            self._forget_guards(mark, guard_mark if guard_mark is not None else 0, specialised.keys())
        return specialised

    def _forget_guards(self, mark: ReplacementMark, guard_mark: int, symbols: Any) -> None:
        """Drop the guards since `guard_mark` that mention `symbols`, and the axioms since `mark`."""
        env = self._env
        env.guards[guard_mark:] = [g for g in env.guards[guard_mark:] if not g.expr.free_symbols & symbols]
        env.axioms = dict(mark.axioms)
        env.fake_tensor_cache.clear()  # outputs cached while a symbol was a number would bring the number back
        # torch memoises these whatever the ShapeEnv's state: a later `n == 5` would be taken as decided
        # without pinning n again, and the result would keep n where the pinned number belongs
        for name in ("_inner_evaluate_expr", "guard_or_defer_runtime_assert", "_maybe_guard_rel"):
            memo = getattr(getattr(env, name, None), "cache_clear", None)  # which, differs by torch version
            if memo is not None:
                memo()
        env._replacements_version_counter += 1
        env._update_version_counter()

    def unequal_pair(self, guard_mark: int) -> tuple[Any, Any] | None:
        """The two sizes of this analysis an op found different, when that was the only decision it made since
        `guard_mark` (its one guard is `a != b` of two symbols, decided on their probe values); None otherwise."""
        import sympy

        guards = self._env.guards[guard_mark:] if self._env is not None else []
        if len(guards) != 1 or not isinstance(guards[0].expr, sympy.Ne):
            return None
        sides = guards[0].expr.args
        return (sides[0], sides[1]) if all(side in self._hints for side in sides) else None

    def forget_difference(self, mark: ReplacementMark, guard_mark: int, pair: tuple[Any, Any]) -> None:
        """Drop the guard that two sizes differ (see `unequal_pair`): a run that went on past the op had them
        equal, so no later op may take them to differ."""
        self._forget_guards(mark, guard_mark, set(pair))

    def is_assumed(self, symbol: Any) -> bool:
        """Whether a symbol is a size with no probe value, only assumed to be at least 2 (`named_unknown`, `joined`)."""
        return symbol in self._assumed

    def guard_mark(self) -> int:
        """A mark to give `guarded_since` after an op."""
        return len(self._env.guards) if self._env is not None else 0

    def guarded_since(self, mark: int) -> bool:
        """Whether a decision since `mark` depended on the value of one of this analysis's symbols (torch made it
        on the probe value and recorded a guard; decisions that hold for every value record none)."""
        if self._env is None:
            return False
        return any(guard.expr.free_symbols & self._hints.keys() for guard in self._env.guards[mark:])

    def size(self, expr: Any) -> Any:
        """A size from an expression over this analysis's symbols."""
        if expr.is_number:
            return int(expr)
        hint = expr.xreplace(self._hints)  # none when the expression has a symbol without a value
        known = isinstance(hint, int) or not hint.free_symbols
        return self._env.create_symintnode(expr, hint=int(hint) if known else None)

    def named(self, label: str) -> Any:
        """The size named `label` (the same object for the same name)."""
        if label not in self._named:
            self._named[label] = self._create(label)
        return self._named[label]

    def at_most(self, limit: int, samples: int | None) -> Any:
        """A batch size known only to lie between 1 and `limit` (labelled `≤limit`), one per number of samples
        batched (None where unknown): loaders over datasets of other lengths end on batches of other sizes."""
        key = ("≤", limit, samples)
        if key not in self._named:
            self._named[key] = self._create(f"≤{limit}")
        return self._named[key]

    def named_unknown(self, label: str | None, default: int | None = None, site: Hashable | None = None) -> Any:
        """A size named `label` whose value nothing tells (`vocab_size = len(chars)`; a fresh `?` without a
        label): it has no hint value, so an op that would have to decide something about it fails instead of
        guessing. `default` is the value the program declares for it when nobody sets it (a command-line
        option's default): such a size is not the one other code reading the same name stands for. `site`, the
        run of the statement that assigned it, keeps apart the sizes two assignments, or two runs of one, give
        variables of one name (counted in `draws`)."""
        declared = default if default is not None and default >= 2 else None  # torch takes sizes to be at least 2
        key = ("unbacked", label if label is not None else len(self._named), declared, site)
        self.draws += site is not None
        if key not in self._named:
            self._named[key] = self._unbacked(label)
            if declared is not None:
                self._defaults[self._named[key].node.expr] = declared
        return self._named[key]

    def assert_mark(self) -> tuple[int, dict[Any, int]] | None:
        """A mark to give `broken_by_defaults` after an op: how many runtime asserts torch has recorded, and how many
        each symbol has (counted again only when that number moved, since most ops record none); None while no size
        has a declared default."""
        if not self._defaults:
            return None
        count = self._env.num_deferred_runtime_asserts
        if self._assert_lengths is None or self._assert_lengths[0] != count:
            lengths = {symbol: len(asserts) for symbol, asserts in self._env.deferred_runtime_asserts.items()}
            self._assert_lengths = (count, lengths)
        return self._assert_lengths

    def broken_by_defaults(self, mark: tuple[int, dict[Any, int]] | None) -> dict[Any, int]:
        """The sizes with declared defaults, at those defaults, that make false a requirement an op recorded since
        `mark` (linear's `num_points == emb_dims` on two named sizes): with the defaults the call raises, whatever
        the other sizes are. Empty when no such requirement is false."""
        if mark is None or mark[0] == self._env.num_deferred_runtime_asserts:
            return {}
        broken: dict[Any, int] = {}
        for symbol, asserts in self._env.deferred_runtime_asserts.items():
            for runtime_assert in asserts[mark[1].get(symbol, 0) :]:
                broken.update(self.defaults_breaking(runtime_assert.expr))
        return broken

    def defaults_breaking(self, requirement: Any) -> dict[Any, int]:
        """The sizes with declared defaults in `requirement` (a sympy condition), at those defaults, when it is
        false with them whatever its other symbols are; empty otherwise."""
        import sympy

        used = {s: self._defaults[s] for s in requirement.free_symbols if s in self._defaults}
        if used and requirement.xreplace({s: sympy.Integer(v) for s, v in used.items()}) is sympy.false:
            return used
        return {}

    def label(self, symbol: Any) -> str | None:
        """The name a symbol of this analysis shows as; None for `?`."""
        return self._labels.get(symbol)

    def _unbacked(self, label: str | None) -> Any:
        from torch.utils._sympy.numbers import int_oo

        with self.mode():
            size = self._env.create_unbacked_symint()
        symbol = size.node.expr
        self._ranged(symbol, 2, int_oo)  # as torch assumes of every symbolic size: not 0 or 1
        self._made.append(symbol)
        self._assumed.add(symbol)
        self._asserts[symbol] = len(self._env.deferred_runtime_asserts.get(symbol, ()))
        self._ranges[symbol] = self._env.var_to_range.get(symbol)
        self._labels[symbol] = label
        return size

    def _ranged(self, symbol: Any, lower: int, upper: Any) -> None:
        """Give a new unbacked symbol the range [lower, upper] directly: what `torch._check` of those bounds would
        leave in the shape environment, without the runtime asserts each later op would weigh again."""
        self._env.constrain_symbol_range(symbol, compiler_min=lower, compiler_max=upper)

    def any_int(self) -> Any:
        """An int nothing is known of, not even its sign (a slice bound the data decides): torch refuses the ops
        that would have to decide something about it."""
        with self.mode():
            value = self._env.create_unbacked_symint()
        self._made.append(value.node.expr)
        return value

    def bounded(self, lower: Any, upper: Any) -> Any:
        """An int known only to lie in [lower, upper] (`random.randint(0, n - 9)`), bounds ints or sizes; None
        when they contradict each other. Like `named_unknown` it has no hint value, so an op that needs more than
        the bounds fails instead of guessing, while `data[i:i + 8]` of a long enough `data` is 8 long."""
        import torch

        if type(lower) is int and type(upper) is int and lower > upper:
            return None
        with self.mode():
            value = self._env.create_unbacked_symint()
            symbol = value.node.expr
            if type(lower) is int and type(upper) is int:
                self._ranged(symbol, lower, upper)
            else:
                try:
                    torch._check(value >= lower)
                    torch._check(value <= upper)
                except (RuntimeError, ValueError):  # torch proves the bounds empty
                    return None
        self._made.append(symbol)
        self._bounded[symbol] = (lower, upper)
        self._asserts[symbol] = len(self._env.deferred_runtime_asserts.get(symbol, ()))
        self._ranges[symbol] = self._env.var_to_range.get(symbol)
        return value

    def size_mark(self) -> int:
        """A mark to give `made_since`: how many symbols exist now."""
        return len(self._made)

    def made_since(self, mark: int) -> set[Any]:
        """The symbols made after `mark` (a `size_mark()`)."""
        return set(self._made[mark:])

    def copy_of(self, symbol: Any) -> Any:
        """A new size shown as `?`, another value of what `symbol` stands for: at least 2 where `symbol` is assumed
        so, within its bounds where they are ints (bounds that are sizes may take another value with it)."""
        bounds = self._bounded.get(symbol)
        if bounds is not None and all(isinstance(bound, int) for bound in bounds):
            return self.bounded(*bounds)
        if bounds is not None:
            return self.any_int()
        if symbol in self._assumed:
            return self._unbacked(None)
        if symbol in self._hints:
            return self._create(None)
        return self.any_int()

    def drawn(self, lower: Any, upper: Any) -> Any:
        """An int a random draw gives in [lower, upper] (`random.randint`): a bounded int, counted in `draws`, since
        each draw is another int."""
        value = self.bounded(lower, upper)
        self.draws += 1
        return value

    def zero_or(self, size: Any) -> Any:
        """An int that is 0 or the size `size` (a count that starts at 0): a bounded int known only to be at least
        0, named as `size` is when that is a symbol named after a variable; None without symbols."""
        value = self.bounded(0, sys.maxsize)
        label = self._labels.get(expression(size))
        if value is not None and label is not None and label.isidentifier():
            self._labels[value.node.expr] = label
        return value

    def bounds_of(self, expr: Any) -> tuple[Any, Any] | None:
        """The (lower, upper) bounds a bounded int's symbol was made with (ints or sizes); None for another."""
        return self._bounded.get(expr)

    def name_bounded(self, value: Any, label: str) -> None:
        """Name a bounded int or a tuple's length after the variable it is first assigned to (`start =
        random.randint(...)`, `n_chars = len(chars)`)."""
        expr = expression(value)
        if (expr in self._bounded or expr in self._lengths) and self._labels.get(expr) is None:
            self._labels[expr] = label

    def unnamed_length(self) -> Any:
        """The length of a tuple whose length is unknown: like `named_unknown`, with no probe value, and named
        after the first variable it is assigned to."""
        size = self._unbacked(None)
        self._lengths.add(size.node.expr)
        return size

    def upper_bound(self, dim: Any) -> int | None:
        """N for a batch size known only to lie between 1 and N (a DataLoader's last batch, labelled `≤N`)."""
        label = self._labels.get(expression(dim))
        return int(label[1:]) if label and label.startswith("≤") and label[1:].isdigit() else None

    def surely_differ(self, one: Any, other: Any) -> bool:
        """Whether two sizes differ whatever the symbols' values: two different numbers, or a number outside the
        bounds of a size known only by them (above a batch of at most N, outside `random.randint(a, b)`). torch's
        own reasoning is not asked: it takes every symbol to be at least 2, which a run need not keep to."""
        if isinstance(one, int) and isinstance(other, int):
            return one != other
        for size, number in ((one, other), (other, one)):
            if not isinstance(number, int):
                continue
            upper = self.upper_bound(size)
            bounds = self._bounded.get(expression(size), (None, None))
            lower, upper = bounds[0], upper if upper is not None else bounds[1]
            if (isinstance(upper, int) and number > upper) or (isinstance(lower, int) and number < lower):
                return True
        return False

    def may_be_one(self, size: Any) -> bool:
        """Whether a symbolic size may be 1 at run time although torch takes every symbol to be at least 2: a batch
        size known only to lie between 1 and N, a bounded int whose lower bound is not above 1, a size the engine
        made for what it does not know (`?`, such as the join of two sizes), or one that depends on an int whose
        value nothing tells (`n = t.item()`, `vocab_size = len(chars)`), only assumed to be at least 2."""
        if self.upper_bound(size) is not None or self.is_unknown(size) or self._counted(size):
            return True
        expr = expression(size)
        if expr is not None and any(symbol in self._assumed for symbol in expr.free_symbols):
            return True
        bounds = self._bounded.get(expression(size))
        return bounds is not None and not (isinstance(bounds[0], int) and bounds[0] > 1)

    def surely_positive(self, size: Any) -> bool:
        """Whether a symbolic size is at least 1 in the range torch keeps for it (a named size, taken to be at least
        2), unlike a bounded int from 0 or a count the data decides, which may be 0."""
        expr = expression(size)
        if expr is None or self._env is None:
            return False
        return bool(self._env.bound_sympy(expr).lower >= 1)

    def positive_by_bounds(self, size: Any) -> bool:
        """Whether a symbolic size is at least 1 for every value of its symbols when each is a bounded int with int
        bounds (`50 - n` for `n = random.randint(5, 12)`): their bounds are facts of the program, unlike the
        assumption that sizes are at least 2."""
        expr = expression(size)
        if expr is None or self._env is None:
            return False
        bounds = [self._bounded.get(symbol, (None, None)) for symbol in expr.free_symbols]
        if not all(isinstance(bound, int) for pair in bounds for bound in pair):
            return False
        return bool(self._env.bound_sympy(expr).lower >= 1)

    def _counted(self, size: Any) -> bool:
        """Whether a size depends on a count the data decides (what `nonzero`, `masked_select`, `unique` or boolean
        indexing found), whose range torch leaves open down to 0: one such size may be 1."""
        expr = expression(size)
        if expr is None or self._env is None:
            return False
        ranges = [self._env.var_to_range.get(symbol) for symbol in expr.free_symbols]
        if not any(bounds is not None and bounds.lower <= 1 for bounds in ranges):
            return False
        bounds = self._env.bound_sympy(expr)
        return bool(bounds.lower <= 1 <= bounds.upper)

    def unknown(self) -> Any:
        """A fresh size that nothing is known about (shown as `?`)."""
        return self._create(None)

    def joined(self) -> Any:
        """A fresh size that may be either of two different sizes (a join): like `named_unknown`, it has no probe
        value, so torch decides nothing on a value it does not have (`bias[:, :T]` of a 64-wide mask is
        `Min(64, T)`, not 64)."""
        return self._unbacked(None)

    def is_unknown(self, dim: Any) -> bool:
        """Whether a size is one `unknown()` or `joined()` made."""
        expr = expression(dim)
        return expr in self._labels and self._labels[expr] is None

    def render_dim(self, dim: Any) -> str:
        """`64`, `B`, `H//2`, or `?` when the size involves something unknown."""
        if isinstance(dim, int):
            return str(dim)
        try:
            expr = dim.node.expr
        except AttributeError:
            return "?"
        if getattr(expr, "is_number", False):
            return str(int(expr))
        labels: dict[Any, str | None] = self._labels
        if any(labels.get(symbol) is None for symbol in expr.free_symbols):
            labels = self._shown_labels()
            if any(labels.get(symbol) is None for symbol in expr.free_symbols):
                return "?"
        names = [labels[symbol] for symbol in expr.free_symbols]
        if len(set(names)) < len(names):  # two draws assigned to one variable (`n` in two calls): no one name
            return "?"
        return _strip_outer_parens(self.rename(str(expr), labels).replace(" ", ""))

    def rename(self, text: str, labels: dict[Any, str | None] | None = None) -> str:
        """Replace torch's symbol names (`s44`) in a message by the user's (`B`; `?` when unnamed)."""
        shown = labels if labels is not None else self._shown_labels()
        for symbol, label in sorted(shown.items(), key=lambda item: -len(str(item[0]))):
            text = re.sub(rf"\b{re.escape(str(symbol))}\b", label or "?", text)
        return text

    def _shown_labels(self) -> dict[Any, str | None]:
        """The symbols' names, and for a symbol of no name that torch put in place of a named one (an op found the
        option `size` equal to the fresh size an interpolation made: every run that goes on has them equal) that
        name, the first in order where several named ones were."""
        labels: dict[Any, str | None] = dict(self._labels)
        replacements = self._env.replacements if self._env is not None else {}
        for source, target in sorted(replacements.items(), key=lambda item: str(item[0])):
            if getattr(target, "is_Symbol", False) and labels.get(target) is None and self._labels.get(source):
                labels[target] = self._labels[source]
        return labels

    def render_shape(self, shape: tuple[Any, ...]) -> str:
        """`[64, 1, 28, 28]`, `[B, 16, H//2, W//2]`, `[]`."""
        return "[" + ", ".join(self.render_dim(d) for d in shape) + "]"


def prepare() -> None:
    """Pay the one-off cost of torch's symbolic-shape machinery (sympy, FakeTensor, ShapeEnv and the
    torch._dynamo modules they import: over a second on a laptop) by running one symbolic op."""
    import torch

    symbols = Symbols()
    with symbols.mode(), torch.device("meta"):
        x = torch.empty(symbols.named("B"), 2)
        torch.cat([x, x]).sum(dim=0)


def is_symbolic(dim: Any) -> bool:
    """Whether a size is a torch.SymInt rather than a plain int."""
    return not isinstance(dim, int)


def _strip_outer_parens(text: str) -> str:
    if text.startswith("(") and text.endswith(")"):
        depth = 0
        for index, char in enumerate(text):
            depth += char == "("
            depth -= char == ")"
            if depth == 0 and index < len(text) - 1:
                return text
        return text[1:-1]
    return text
