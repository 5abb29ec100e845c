"""Diagnostics: torch calls that fail on the inferred shapes, explained in the client's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lsprotocol import types

from ..analysis.engine import Analysis
from ..analysis.interpreter import Issue
from ..analysis.torch_model import short_op
from ..documents import CellSpan
from ..i18n import t

SOURCE = "torch-lsp"

# (pattern on torch's message or the op, explanation key, advice key or None)
_RULES: list[tuple[str, str, str | None]] = [
    (
        r"cannot be multiplied|same reduction dim|size mismatch|shapes cannot be multiplied|mat1 and mat2",
        "diag_matmul",
        None,
    ),
    (r"Sizes of tensors must match except in dimension", "diag_cat", "advice_cat_stack"),
    (r"stack expects each tensor to be equal size", "diag_stack", "advice_cat_stack"),
    (r"view size is not compatible with input tensor's size and stride", "diag_view_contiguous", "advice_contiguous"),
    (r"is invalid for input of size", "diag_view_size", None),
    (
        r"must match the size of tensor .* at non-singleton dimension|operands could not be broadcast",
        "diag_broadcast",
        None,
    ),
    (r"Dimension out of range", "diag_dim_range", None),
    (r"to have \d+ channels|Expected \d+D .*input to|expected input\[", "diag_conv", None),
    (r"target size .* different to the input size|Using a target size", "diag_bce_target", "advice_bce_logits"),
    (
        r"expected target dtype|Expected floating point type for target|target .* out of bounds|"
        r"Expected target size|expected scalar type Long",
        "diag_loss_target",
        None,
    ),
    (r"indices' to have one of the following scalar types", "diag_embedding_dtype", None),
]


# torch's message, parsed into both sides of the mismatch in the user's terms: (pattern, message key)
_SIDES: list[tuple[str, str]] = [
    (r"mat1 and mat2 shapes cannot be multiplied \(\d+x(?P<got>\d+) and (?P<expected>\d+)x\d+\)", "diag_matmul_sides"),
    (r"same reduction dim, but got \[(?:[^\]]*, )?(?P<got>\d+)\] X \[(?P<expected>\d+)[,\]]", "diag_matmul_sides"),
    (
        r"expected input\[(?P<shape>[^\]]*)\] to have (?P<expected>\d+) channels, but got (?P<got>\d+) channels",
        "diag_conv_channels",
    ),
    (
        r"except in dimension (?P<dim>\d+)\. Expected size (?P<expected>\d+) but got size (?P<got>\d+) "
        r"for tensor number (?P<index>\d+)",
        "diag_cat_sizes",
    ),
    (
        r"but got \[(?P<first>[^\]]*)\] at entry (?P<i>\d+) and \[(?P<second>[^\]]*)\] at entry (?P<j>\d+)",
        "diag_stack_sizes",
    ),
    (
        r"size of tensor a \((?P<a>\d+)\) must match the size of tensor b \((?P<b>\d+)\) "
        r"at non-singleton dimension (?P<dim>\d+)",
        "diag_broadcast_sides",
    ),
    (r"shape '\[(?P<shape>[^\]]*)\]' is invalid for input of size (?P<numel>\d+)", "diag_view_numel"),
]
_LAYER_KEYS = {"torch.nn.Linear": "diag_linear_in_features"}


def explain(issue: Issue, language: str) -> str:
    """What is wrong, naming both sides in the user's terms where torch's message allows, torch's own
    words, and the cheat sheet's advice."""
    op = short_op(issue.op)
    shapes = " vs ".join(issue.shapes) if issue.shapes else "?"
    key, advice = "diag_generic", None
    for pattern, rule_key, rule_advice in _RULES:
        if re.search(pattern, issue.error.message):
            key, advice = rule_key, rule_advice
            break
    lines = [_both_sides(issue, op, shapes, language) or t(key, language, op=op, shapes=shapes)]
    if issue.error.assuming:
        lines.append(t("diag_at_defaults", language, values=issue.error.assumption()))
    lines.append(f"torch: {issue.error.message}")
    if advice:
        lines.append(t(advice, language))
    return "\n".join(lines)


def _both_sides(issue: Issue, op: str, shapes: str, language: str) -> str | None:
    """The mismatch as the two numbers that disagree (`Linear expects in_features=3000 but ...`), or None."""
    for pattern, key in _SIDES:
        match = re.search(pattern, issue.error.message)
        if match is None:
            continue
        layer_key = _LAYER_KEYS.get(issue.module.qualname) if issue.module is not None else None
        return t(layer_key or key, language, op=op, shapes=shapes, **match.groupdict())
    return None


def diagnostics(
    analysis: Analysis,
    span: CellSpan,
    uri: str,
    lines: Sequence[str],
    language: str,
    encode: Callable[[int, int], types.Position],
) -> list[types.Diagnostic]:
    """Diagnostics for the issues inside one document (or notebook cell) of the unit."""
    found: list[types.Diagnostic] = []
    for issue in sorted(analysis.issues, key=lambda i: (i.line, i.column)):
        line = issue.line - span.first_line
        if not (issue.sure) or not (0 <= line < span.line_count) or line >= len(lines):
            continue
        end_line = min(issue.end_line - span.first_line, len(lines) - 1)
        end_column = issue.end_column if end_line > line or issue.end_column > issue.column else len(lines[line])
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(
                    uri=uri,
                    range=types.Range(
                        start=encode(rel - span.first_line, 0),
                        end=encode(rel - span.first_line, len(lines[rel - span.first_line])),
                    ),
                ),
                message=t("diag_related", language, code=lines[rel - span.first_line].strip()),
            )
            for rel, _ in issue.related
            if 0 <= rel - span.first_line < min(span.line_count, len(lines))
        ]
        found.append(
            types.Diagnostic(
                range=types.Range(start=encode(line, issue.column), end=encode(end_line, end_column)),
                message=explain(issue, language),
                severity=types.DiagnosticSeverity.Error,  # concrete, or true for every value of the symbols
                source=SOURCE,
                code=issue.error.exception,
                related_information=related or None,
            )
        )
    return found
