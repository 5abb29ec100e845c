"""What a function leaves in the state its caller sees when it returns early.

A branch that ends in `return` is dropped from the state the function's body goes on with, and with it what the
branch changed beyond the function's own variables: `self.cache = x` then `return`, an item stored in a module's
list, a `global` rebound. Each `return` that does not end the body itself keeps that state (every table reachable
from the function's variables, the value it returns and its enclosing scopes), and the state after the call joins
them with the one the body ended in."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .joins import join_states
from .object_states import Attributes, ObjectStates
from .symbols import Symbols
from .values import Value


@dataclass
class EarlyReturns:
    """The states a function's early returns left, one per `return` run."""

    body: list[ast.stmt]
    paths: list[tuple[list[Value], Attributes]] = field(default_factory=list)

    def ends_body(self, node: ast.Return) -> bool:
        """Whether `return` statement `node` is one of the body's own statements (the state it leaves is the end's)."""
        return any(statement is node for statement in self.body)

    def returned(self, states: ObjectStates) -> None:
        """Note the state at an early return."""
        self.paths.append((states.owners(), states.current()))

    def owners(self) -> list[Value]:
        """The objects and classes whose attributes some early return kept."""
        return [owner for owners, _ in self.paths for owner in owners]

    def join_into(self, final: ObjectStates, symbols: Symbols) -> None:
        """Give the tables of `final` (made with `owners()` among its roots) what covers their state now and at
        every early return; a table an early return could not reach keeps what the other paths give it."""
        current = final.current()
        for _, state in self.paths:
            pairs = [(state.get(key, table), table) for key, table in current.items()]
            current = dict(zip(current, join_states(pairs, symbols), strict=True))
        final.set(current)
