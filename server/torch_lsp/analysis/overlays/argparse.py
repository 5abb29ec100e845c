"""`argparse`: `add_argument` gives each option's type, default and name; `parse_args()` reads the command
line, so an int option becomes a size named after it (`args.batch_size` → `batch_size`), a float option a
float (also without a `type`, when its default is one, as for an int default), a string option given `choices` and
a string default one of them or the default, a flag (`store_true`, `store_false`, `store_const`) its default or
the constant it stores, and other options are unknown;
`parse_args([...])` with a literal list is parsed by argparse itself, so its values are known; with an empty list
an option argparse cannot be given (its `type` a function of the program) is its default, unless that is a string
(argparse passes a string default through `type`). A `type` that is a function of the program (`str2bool`, a
lambda splitting a list) is applied to the word or string default it converts, as argparse applies it, when the
words are a literal list. A default written as a list or tuple display of constants
(`default=[384, 512]`, often with `nargs="+"`) is known as a constant one is.
`ArgumentParser(parents=[...])` starts with the arguments its parents hold when it is made. An option whose name
several arguments share (`dest=`) is unknown from an unknown command line. `set_defaults(name=constant)` is the
default of the options storing into `name` (argparse takes the parser's defaults over the arguments'), of those added
later without a `default`, and an attribute of its own when no option stores there; any other `set_defaults`, or one
on a parser that shares its options with parents or children, leaves the defaults it names unknown, as has every
option of a parser given an `argument_default` or parents the engine does not know.
`argparse.Namespace(**fields)`, made by the program itself, has its keyword arguments as attributes."""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
from dataclasses import dataclass, field, replace
from typing import Any

from ..callables import Builtin
from ..choices import one_of
from ..interp_api import InterpreterApi
from ..type_checks import TypeOf
from ..values import UNKNOWN, Const, Function, Modelled, Scalar, Sequence, Value
from . import command_line
from .types import keyword_namespace, namespace

_TYPES: dict[str, type] = {"int": int, "float": float, "str": str, "bool": bool}  # bool("False") is True, as run
_STRUCTURE = frozenset({"action", "nargs", "const", "type", "choices", "required", "dest"})
_DESCRIPTIVE = frozenset({"help", "metavar"})
_STORES_ARGUMENT = (None, "store")
_VALUE_ONLY = frozenset({"type", "choices"})  # options that decide a value, not the words it takes
_STORED_CONSTANTS: dict[str, Any] = {"store_true": True, "store_false": False, "store_const": None}
_IMPLICIT_DEFAULTS: dict[str, Any] = {"store_true": False, "store_false": True, "store_const": None}


@dataclass(frozen=True)
class _Argument:
    flags: tuple[str, ...]
    options: dict[str, Any]  # argparse's keyword arguments, as Python values
    unread: frozenset[str]  # the options that decide how words are parsed and whose values are not known
    default_known: bool
    converter: Value | None = None  # a `type=` function of the program, applied to the words it converts

    @property
    def readable(self) -> bool:
        """Every option that decides how words are parsed is known, so argparse itself can parse them."""
        return not self.unread

    def default_without_words(self) -> Value:
        """The value of an option no word sets, when only its `type` or `choices` are not known."""
        default = self.options.get("default")
        plain = self.options.get("action") in _STORES_ARGUMENT and not self.options.get("required")
        if plain and self.unread <= {"type", "choices"} and self.default_known and not isinstance(default, str):
            return _abstract(default)
        return UNKNOWN

    def with_default(self, default: Any) -> _Argument:
        """The argument with the default `set_defaults` gave its name."""
        return replace(self, options={**self.options, "default": default}, default_known=True)

    @property
    def dest(self) -> str:
        if isinstance(self.options.get("dest"), str):
            return self.options["dest"]
        longs = [f for f in self.flags if f.startswith("--")]
        chosen = longs[0] if longs else self.flags[0]
        return chosen.lstrip("-").replace("-", "_")

    def from_command_line(self, interp: InterpreterApi) -> Value:
        """The value of an option the command line may set: a size named after it when it is an int."""
        action, kind = self.options.get("action"), self.options.get("type")
        default = self.options.get("default")
        if self.options.get("nargs") is not None or not self.readable:
            return UNKNOWN
        if action == "count" or (action in _STORES_ARGUMENT and (kind is int or (kind is None and _is_int(default)))):
            return interp.named_size(self.dest, default if self.default_known and type(default) is int else None)
        if action in _STORES_ARGUMENT and (kind is float or (kind is None and type(default) is float)):
            return Scalar(float)  # as for an int default: a program that works has a number there
        if action in _STORED_CONSTANTS and self.default_known:
            stored = self.options.get("const") if action == "store_const" else _STORED_CONSTANTS[action]
            default = self.options.get("default", _IMPLICIT_DEFAULTS[action])
            both = [Const(stored), Const(default)]
            return one_of(both) if _is_constant(stored) and _is_constant(default) else UNKNOWN
        choices = self.options.get("choices") or ()
        if (
            action in _STORES_ARGUMENT
            and kind in (None, str)
            and choices
            and self.default_known
            and all(isinstance(value, str) for value in (*choices, default))
        ):
            return one_of([Const(value) for value in (*choices, default)])  # argparse never checks the default
        return UNKNOWN


def _is_constant(value: Any) -> bool:
    return value is None or isinstance(value, (int, float, str, bool))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(eq=False)
class Parser(Modelled):
    """An `argparse.ArgumentParser` and the arguments added to it (groups add to their parser)."""

    arguments: list[_Argument] = field(default_factory=list)
    complete: bool = True  # every option added is known by its flags (else words may belong to an unknown one)
    reset: set[str] | None = field(default_factory=set)  # the names `set_defaults` gave a default (None: any)
    defaults: dict[str, Any] = field(default_factory=dict)  # the constants `set_defaults` gave a name
    relatives: list[Parser] = field(default_factory=list)  # the parents and children that share its options

    def member(self, name: str) -> Value:
        """`add_argument`, argument groups, `parse_args` and `parse_known_args`."""
        if name == "add_argument":
            return Builtin(name, self._add_argument)
        if name in ("add_argument_group", "add_mutually_exclusive_group"):
            return Builtin(name, lambda interp, args, kwargs, node: self)
        if name == "set_defaults":
            return Builtin(name, self._set_defaults)
        if name in ("parse_args", "parse_known_args"):
            return Builtin(name, self._parse_args if name == "parse_args" else self._parse_known_args)
        return UNKNOWN

    def _add_argument(
        self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        if not args or not all(isinstance(a, Const) and isinstance(a.value, str) for a in args):
            self.complete = False
            return UNKNOWN
        options: dict[str, Any] = {}
        unread: set[str] = set()
        default_known = True
        converter = None
        for key, value in kwargs.items():
            if key in _DESCRIPTIVE:
                continue
            if key == "type" and (kind := _builtin_type(value)) is not None:
                options[key] = kind
            elif key == "type" and isinstance(value, Function):
                converter = value
                unread.add(key)
            elif key == "choices" and isinstance(value, Sequence) and value.items is not None:
                choices = [item.value for item in value.items if isinstance(item, Const)]
                if len(choices) != len(value.items):
                    unread.add(key)
                options[key] = choices
            elif key == "default":
                default = _literal(value) if isinstance(value, Const) or _displayed_default(node) else _NOT_LITERAL
                default_known = default is not _NOT_LITERAL
                options[key] = default if default_known else None
            elif key in _STRUCTURE and isinstance(value, Const):
                options[key] = value.value
            else:
                unread.add(key)
        flags = tuple(a.value for a in args if isinstance(a, Const))
        argument = _Argument(flags, options, frozenset(unread), default_known, converter)
        if "default" not in kwargs and argument.dest in self.defaults:
            argument = argument.with_default(self.defaults[argument.dest])
        self.arguments.append(argument)
        return UNKNOWN

    def _set_defaults(
        self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        """`set_defaults(name=...)`: the default of the options storing into `name`, and of `name` itself."""
        names = [k.arg for k in node.keywords] if isinstance(node, ast.Call) else [None]  # None: `**options`
        values = {name: _literal(kwargs[name]) for name in names if name is not None and name in kwargs}
        if self.relatives or len(values) < len(names) or _NOT_LITERAL in values.values():
            for parser in self._family():
                parser.forget(set(values) if len(values) == len(names) else None)
            return Const(None)
        self.defaults.update(values)
        if self.reset is not None:
            self.reset -= set(values)
        self.arguments = [
            argument.with_default(values[argument.dest]) if argument.dest in values else argument
            for argument in self.arguments
        ]
        return Const(None)

    def forget(self, names: set[str] | None) -> None:
        """The defaults of `names` (None: all) are no longer known."""
        self.reset = None if self.reset is None or names is None else self.reset | names

    def _family(self) -> list[Parser]:
        """This parser and every parser sharing options with it through `parents=`, however far."""
        family: list[Parser] = [self]
        for parser in family:
            for relative in parser.relatives:
                if relative not in family:
                    family.append(relative)
        return family

    def _with_own_defaults(self, parsed: Value) -> Value:
        """The parsed namespace with the `set_defaults` names no option stores into, as `parse_args` sets them."""
        if not isinstance(parsed, Sequence) or parsed.fields is None or parsed.items is None:
            return parsed
        values = dict(zip(parsed.fields, parsed.items, strict=True))
        reset = self.reset
        own = {
            name: _abstract(value) if reset is not None and name not in reset else UNKNOWN
            for name, value in self.defaults.items()
            if name not in values
        }
        return namespace(values | own) if own else parsed

    @property
    def _arguments(self) -> list[_Argument]:
        """The arguments, with an unknown default where `set_defaults` gave their name one."""
        reset = self.reset
        return [
            argument
            if reset is not None and argument.dest not in reset
            else replace(argument, options={**argument.options, "default": None}, default_known=False)
            for argument in self.arguments
        ]

    def _parse_args(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return self._with_own_defaults(self._parsed(interp, args, kwargs, node))

    def _parsed(self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        """The namespace `parse_args` returns, without the parser's own defaults."""
        given = args[0] if args else kwargs.get("args", Const(None))
        arguments = self._arguments
        words = list(given.items) if isinstance(given, Sequence) and given.items is not None else None
        if isinstance(given, Const) and given.value is None:
            words = command_line.words(interp.command_line())
        if words is not None and all(map(_is_word, words)):
            plain = [w.value for w in words if isinstance(w, Const)]
            if self.complete and all(argument.readable for argument in arguments):
                return self._parse_words(plain, arguments)
            parsed = self._parse_unread(plain, arguments, interp, node) if self.complete or not plain else None
            if parsed is not None:
                return parsed
        elif not (isinstance(given, Const) and given.value is None):
            return UNKNOWN
        interp.parsed_unknown_command_line(
            {a.dest: a.options["default"] for a in arguments if a.readable and _is_int(a.options.get("default"))}
        )
        dests = [argument.dest for argument in arguments]
        return namespace(
            {
                argument.dest: argument.from_command_line(interp) if dests.count(argument.dest) == 1 else UNKNOWN
                for argument in arguments
            }
        )

    def _parse_known_args(
        self, interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST
    ) -> Value:
        parsed = self._parse_args(interp, args, kwargs, node)
        return (
            Sequence((parsed, Sequence(None, "list", element=UNKNOWN)), "tuple") if parsed is not UNKNOWN else UNKNOWN
        )

    def _parse_unread(
        self, words: list[str], arguments: list[_Argument], interp: InterpreterApi, node: ast.AST
    ) -> Value | None:
        """Words parsed where some options cannot be given to argparse: with no words, or when only their `type` or
        `choices` are unknown (which decide an option's value, not which words it takes), an option no word sets
        is its default (see default_without_words) and one a word sets is unknown, unless its only unknown option
        is a `type` function of the program (see _converted); None when words may parse otherwise."""
        if words and not all(argument.unread <= _VALUE_ONLY for argument in arguments):
            return None
        stand_ins = [
            argument
            if argument.readable
            else replace(
                argument,
                options={k: v for k, v in argument.options.items() if k not in argument.unread}
                | {"default": argparse.SUPPRESS},
                unread=frozenset(),
            )
            for argument in arguments
        ]
        parsed = self._parse_words(words, stand_ins)
        if not isinstance(parsed, Sequence) or parsed.items is None or parsed.fields is None:
            return None
        values = dict(zip(parsed.fields, parsed.items, strict=True))
        for argument in arguments:
            if argument.converter is not None and argument.unread == {"type"}:
                values[argument.dest] = _converted(argument, values.get(argument.dest), interp, node)
            elif not argument.readable:
                values[argument.dest] = UNKNOWN if argument.dest in values else argument.default_without_words()
        return namespace(values)

    def _parse_words(self, words: list[str], arguments: list[_Argument]) -> Value:
        """Parse a literal argument list with argparse itself (no user code runs: types are int/float/str/bool)."""
        parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
        for argument in arguments:
            options = {k: v for k, v in argument.options.items() if k != "help"}
            parser.add_argument(*argument.flags, **options)
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                parsed = vars(parser.parse_args(words))
        except (SystemExit, argparse.ArgumentError, ValueError, TypeError):
            return UNKNOWN
        known = {argument.dest for argument in arguments if argument.default_known}
        return namespace({dest: _abstract(value) if dest in known else UNKNOWN for dest, value in parsed.items()})


def _converted(argument: _Argument, given: Value | None, interp: InterpreterApi, node: ast.AST) -> Value:
    """An option whose `type` is a function of the program: the function applied to the word given (to each of
    `nargs` words), else to a string default (argparse converts those), else the default as it is."""
    assert argument.converter is not None
    converter = argument.converter
    if given is None:
        default = argument.options.get("default")
        if not argument.default_known or argument.options.get("action") not in _STORES_ARGUMENT:
            return UNKNOWN
        if not isinstance(default, str):
            return argument.default_without_words()
        given = Const(default)
    if _is_word(given):
        return interp.call(converter, [given], {}, node)
    if isinstance(given, Sequence) and given.items is not None and all(_is_word(item) for item in given.items):
        return replace(given, items=tuple(interp.call(converter, [item], {}, node) for item in given.items))
    return UNKNOWN


def _is_word(value: Value) -> bool:
    return isinstance(value, Const) and isinstance(value.value, str)


def _builtin_type(value: Value) -> type | None:
    """The int/float/str/bool class `type=` names: the builtin itself or `type(default)` of a known default."""
    if isinstance(value, Builtin):
        return _TYPES.get(value.name)
    if isinstance(value, TypeOf) and isinstance(value.value, Const):
        return _TYPES.get(type(value.value.value).__name__)
    return None


_NOT_LITERAL = object()


def _literal(value: Value) -> object:
    """The Python value of a constant or of a list or tuple of constants (`default=[384, 512]`); _NOT_LITERAL
    otherwise."""
    if isinstance(value, Const):
        return value.value
    if isinstance(value, Sequence) and value.kind in ("list", "tuple") and value.items is not None:
        items = [_literal(item) for item in value.items]
        if all(item is not _NOT_LITERAL for item in items):
            return items if value.kind == "list" else tuple(items)
    return _NOT_LITERAL


def _displayed_default(node: ast.AST) -> bool:
    """Whether `default=` is a list or tuple display, an object no other name holds (so no alias sees it change)."""
    keywords = node.keywords if isinstance(node, ast.Call) else []
    return any(k.arg == "default" and isinstance(k.value, (ast.List, ast.Tuple)) for k in keywords)


def _abstract(value: object) -> Value:
    if isinstance(value, (list, tuple)):
        return Sequence(tuple(_abstract(item) for item in value), "list" if isinstance(value, list) else "tuple")
    return Const(value) if value is None or isinstance(value, (int, float, str, bool)) else UNKNOWN


def _parser(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """A parser; `parents=[...]` copies the arguments and the `set_defaults` its parents hold now (argparse copies
    them when it is made); an `argument_default` is the default of every argument not given one, so no default is
    known then."""
    parents = args[4] if len(args) > 4 else kwargs.get("parents", Sequence((), "list"))
    if not isinstance(parents, Sequence) or parents.items is None:
        return Parser(complete=False, reset=None)
    known = [parent for parent in parents.items if isinstance(parent, Parser)]
    resets = [parent.reset for parent in known]
    shared = args[8] if len(args) > 8 else kwargs.get("argument_default", Const(None))
    if not (isinstance(shared, Const) and shared.value is None) or len(known) < len(parents.items):
        resets.append(None)
    reset = None if None in resets else {name for names in resets if names is not None for name in names}
    parser = Parser(
        [argument for parent in known for argument in parent.arguments],
        complete=len(known) == len(parents.items) and all(parent.complete for parent in known),
        reset=reset,
        defaults={name: value for parent in known for name, value in parent.defaults.items()},
        relatives=list(known),
    )
    for parent in known:
        parent.relatives.append(parser)
    return parser


MEMBERS: dict[str, Value] = {
    "ArgumentParser": Builtin("ArgumentParser", _parser),
    "Namespace": Builtin("Namespace", keyword_namespace, keeps_arguments=True),
}
