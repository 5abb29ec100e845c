"""The tolerant lexer: broken, half-typed and notebook text lexes without raising, the way the features read it."""

from __future__ import annotations

import random

import pytest
from torch_lsp.analysis import lexer
from torch_lsp.analysis.annotations import shapes_from_comments
from torch_lsp.analysis.cursor import attribute_at, dotted_at
from torch_lsp.analysis.lexer import COMMENT, MAGIC, NAME, NEWLINE, NL, NUMBER, OP, STRING


def kinds(text: str) -> list[tuple[str, str]]:
    return [(token.kind, token.text) for token in lexer.tokenize(text)]


def test_a_one_line_string_without_its_quote_ends_with_its_line():
    tokens = lexer.tokenize("s = 'abc\nt = (1")
    assert (tokens[2].kind, tokens[2].text, tokens[2].closed) == (STRING, "'abc", False)
    assert [(t.kind, t.text) for t in tokens[3:]] == [(NEWLINE, "\n"), (NAME, "t"), (OP, "="), (OP, "("), (NUMBER, "1")]
    assert lexer.unclosed_string_at_end(tokens, "s = 'abc\nt = (1") is None


def test_a_triple_quoted_string_without_its_quotes_runs_to_the_end():
    text = 'x = 1\ndoc = """a (\n# not a comment\n'
    tokens = lexer.tokenize(text)
    assert tokens[-1].kind == STRING and tokens[-1].text.startswith('"""a (') and not tokens[-1].closed
    assert lexer.unclosed_string_at_end(tokens, text) is tokens[-1]
    assert lexer.open_brackets(tokens) == []


def test_escapes_and_a_backslash_at_the_end_stay_in_the_string():
    assert kinds(r"'it\'s' + 'a\\'") == [(STRING, r"'it\'s'"), (OP, "+"), (STRING, r"'a\\'")]
    text = 'x = "abc\\'
    assert lexer.unclosed_string_at_end(lexer.tokenize(text), text) is not None
    assert kinds('x = "a\\\nb"') == [(NAME, "x"), (OP, "="), (STRING, '"a\\\nb"')]  # a continued one-line string


def test_prefixed_strings_and_f_strings_are_one_string_token():
    assert kinds("f'{x[\"k\"]:>{w}}' rb\"\\d\" Rf'''a\n'''") == [
        (STRING, "f'{x[\"k\"]:>{w}}'"),
        (STRING, 'rb"\\d"'),
        (STRING, "Rf'''a\n'''"),
    ]
    assert kinds('bar"x"') == [(NAME, "bar"), (STRING, '"x"')]  # not a prefix: a name, then a string


def test_comments_numbers_and_operators():
    assert kinds("a.b ** -1.5e3 // .5 ... # (not a bracket\n") == [
        (NAME, "a"),
        (OP, "."),
        (NAME, "b"),
        (OP, "**"),
        (OP, "-"),
        (NUMBER, "1.5e3"),
        (OP, "//"),
        (NUMBER, ".5"),
        (OP, "..."),
        (COMMENT, "# (not a bracket"),
        (NEWLINE, "\n"),
    ]


def test_brackets_left_open_and_the_commas_of_each():
    text = "y = torch.cat([a, b.view(2, 3)], dim=f(1"
    tokens = lexer.tokenize(text)
    opened = lexer.open_brackets(tokens)
    assert [tokens[i].start for i in opened] == [text.index("("), text.index("f(") + 1]
    pieces = lexer.split_arguments(tokens, opened[0], len(tokens))
    assert [lexer.code_text(text, piece) for piece in pieces] == ["[a, b.view(2, 3)]", "dim=f(1"]
    assert lexer.closing_bracket(tokens, opened[0]) is None
    square = next(i for i, t in enumerate(tokens) if t.text == "[")
    assert lexer.closing_bracket(tokens, square) == next(i for i, t in enumerate(tokens) if t.text == "]")


def test_newlines_inside_brackets_do_not_end_the_statement():
    assert [t.kind for t in lexer.tokenize("f(a,\n  b)\n") if t.kind in (NL, NEWLINE)] == [NL, NEWLINE]


def test_a_line_at_column_0_starting_with_a_name_or_decorator_closes_what_was_left_open():
    tokens = lexer.tokenize("x = f(\ndef g():\n    return [1,\n@deco\nclass A")
    assert lexer.open_brackets(tokens) == []
    assert [t.depth for t in tokens if t.text in ("def", "class", "@")] == [0, 0, 0]
    assert lexer.open_brackets(lexer.tokenize("x = f(\n    1,\n)  ")) == []


def test_notebook_magics_and_shell_lines():
    tokens = lexer.tokenize("%timeit z.sum()\n!pip install 'torch (x\n  !ls\nfiles = !ls\ny = (1,\n%\n")
    assert [(t.kind, t.text) for t in tokens if t.kind == MAGIC] == [
        (MAGIC, "%timeit"),
        (MAGIC, "!pip install 'torch (x"),
        (MAGIC, "!ls"),
    ]
    assert [t.text for t in tokens[1:4]] == ["z", ".", "sum"]  # a line magic's argument is Python
    assert [t.kind for t in tokens if t.text == "%"] == [OP]  # inside brackets: the modulo operator


def test_crlf_tabs_form_feeds_and_non_ascii_names():
    assert kinds("größe\t=\x0c1\r\nπ.x\r") == [
        (NAME, "größe"),
        (OP, "="),
        (NUMBER, "1"),
        (NEWLINE, "\r\n"),
        (NAME, "π"),
        (OP, "."),
        (NAME, "x"),
        (NEWLINE, "\r"),
    ]


def test_any_text_lexes_into_tokens_that_cover_it_in_order():
    alphabet = "ab_1 .,:()[]{}'\"#\\\n\r\t%!@=+-*/éπ$?`fr"
    generator = random.Random(15)
    for _ in range(2000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 40)))
        position = 0
        for token in lexer.tokenize(text):
            assert text[position : token.start].strip(" \t\f") == "", repr(text)
            assert text[token.start : token.end] == token.text and token.end > token.start
            assert token.depth >= 0
            position = token.end
        assert text[position:].strip(" \t\f") == "", repr(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("input, dim, keepdim=False, *, dtype=None", ["input", "dim", "keepdim=False", "*", "dtype=None"]),
        (
            "mode: Literal['a, b', \"c\"] = 'a, b', size=(1, 2)",
            ["mode: Literal['a, b', \"c\"] = 'a, b'", "size=(1, 2)"],
        ),
        (" , x ,", ["x"]),
    ],
)
def test_split_top_level(text, pieces):
    assert lexer.split_top_level(text) == pieces


def test_bracketed():
    line = "sum(input, dim=(0, 1), note=')') -> Tensor"
    assert lexer.bracketed(line, 3) == "input, dim=(0, 1), note=')'"
    assert lexer.bracketed("f(a, (b", 1) is None
    assert lexer.bracketed("f(a)", 0) is None  # not a bracket


@pytest.mark.parametrize(
    ("line", "char", "expected"),
    [
        ("y = F.relu(x)", 8, (["F", "relu"], 4, 10)),
        ("y = F . relu(x)", 4, (["F"], 4, 5)),
        ("y = größe.view(2)", 12, (["größe", "view"], 4, 14)),
        ("y = f(x).sum()", 10, None),  # the receiver is not a name: see attribute_at
        ("s = 'F.relu'", 8, None),
        ("x = 1  # F.relu", 12, None),
        ('y = torch.cat(a, "unterminated', 11, (["torch", "cat"], 4, 13)),  # broken text after the cursor
    ],
)
def test_dotted_at(line, char, expected):
    assert dotted_at(line, char) == expected


def test_attribute_at():
    assert attribute_at("y = f(x)[0].sum()", 13) == ("sum", 12, 15)
    assert attribute_at("y = x.sum()", 7) is None
    assert attribute_at("y = 'f(x).sum'", 11) is None


def test_shape_comments_are_read_from_the_comment_only():
    line = 'def f(x, tag="y: [9] # z: [8]"):  # x: [B, 3]'
    assert shapes_from_comments([line], 0, 0) == {"x": ["B", 3]}
