"""Unit tests: a parse that fails because another thread compiled code at the same moment (CPython 3.11's shared
AST depth counter) is tried again; any other SystemError, or one that keeps coming, is raised."""

import ast

import pytest
from torch_lsp.analysis import source

MISMATCH = SystemError("AST constructor recursion depth mismatch (before=30, after=74)")


def _failing(times: int, error: SystemError):
    real = ast.parse
    calls = []

    def parse(text, *args, **kwargs):
        calls.append(text)
        if len(calls) <= times:
            raise error
        return real(text, *args, **kwargs)

    return parse, calls


def test_a_depth_mismatch_is_parsed_again(monkeypatch):
    parse, calls = _failing(2, MISMATCH)
    monkeypatch.setattr(source.ast, "parse", parse)
    tree = source.parse_module("x = 1\n")
    assert isinstance(tree.body[0], ast.Assign) and len(calls) == 3
    assert isinstance(source.parse_expression("a + b"), ast.BinOp)


def test_other_system_errors_and_lasting_mismatches_are_raised(monkeypatch):
    parse, _ = _failing(1, SystemError("something else"))
    monkeypatch.setattr(source.ast, "parse", parse)
    with pytest.raises(SystemError, match="something else"):
        source.parse_module("x = 1\n")
    parse, calls = _failing(100, MISMATCH)
    monkeypatch.setattr(source.ast, "parse", parse)
    with pytest.raises(SystemError, match="mismatch"):
        source.parse_module("x = 1\n")
    assert len(calls) == source._PARSE_ATTEMPTS
