"""Symbolic parameter shapes from annotations (jaxtyping style, Annotated, strings) and shape comments."""

from __future__ import annotations

import ast
import re

from .lexer import COMMENT, iter_tokens
from .source import parse_expression

_COMMENT_SHAPE = re.compile(r"(\w+)\s*:\s*\[([^\]]*)\]")
_DTYPES = {
    "Float": "float32",
    "Float32": "float32",
    "Float64": "float64",
    "Int": "int64",
    "Int64": "int64",
    "Long": "int64",
    "Bool": "bool",
    "Shaped": "float32",
    "Num": "float32",
    "Real": "float32",
}


def parse_dims(text: str) -> list[int | str] | None:
    """'batch 3 h w' or 'B, 3, 224, 224' -> ['batch', 3, 'h', 'w']; None for variadic or odd specs."""
    tokens = [t for t in re.split(r"[\s,]+", text.strip()) if t]
    dims: list[int | str] = []
    for token in tokens:
        if token.isdigit():
            dims.append(int(token))
        elif re.fullmatch(r"[A-Za-z_]\w*", token):
            dims.append(token)
        else:
            return None
    return dims


def shape_from_annotation(node: ast.expr | None) -> tuple[list[int | str], str] | None:
    """Shape and dtype from `Float[Tensor, "b 3 h w"]`, `Annotated[Tensor, "B 3 H W"]` or a string form."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return shape_from_annotation(parse_expression(node.value))
        except SyntaxError:
            return None
    if not isinstance(node, ast.Subscript):
        return None
    head = node.value.attr if isinstance(node.value, ast.Attribute) else getattr(node.value, "id", "")
    args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    if head == "Tensor" and len(args) >= 1:
        spec = ", ".join(ast.unparse(a) for a in args)
        dims = parse_dims(spec)
        return (dims, "float32") if dims is not None else None
    if len(args) < 2 or not (isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)):
        return None
    dims = parse_dims(args[1].value)
    if dims is None:
        return None
    if head in _DTYPES:
        return dims, _DTYPES[head]
    if head == "Annotated":
        return dims, "float32"
    return None


def shapes_from_comments(lines: list[str], first: int, last: int) -> dict[str, list[int | str]]:
    """`# x: [B, 3, 224, 224]` comments on lines first..last (0-based, inclusive) -> {name: dims}."""
    found: dict[str, list[int | str]] = {}
    for line in lines[first : last + 1]:
        if "#" not in line:
            continue
        comment = next((token.text[1:] for token in iter_tokens(line) if token.kind == COMMENT), "")
        for name, spec in _COMMENT_SHAPE.findall(comment):
            dims = parse_dims(spec)
            if dims is not None:
                found[name] = dims
    return found
