"""Engine tests: a `try` body statement that runs only pure operations on known values (`int(text)`,
`ast.literal_eval(text)`, string methods, stored in a name or a dict) either surely raises nothing, so handlers of
`ValueError` and the like never run after it, or surely raises, so only the handler that catches it runs; a handler
that catches what any statement may raise (`Exception`: a NameError, a MemoryError) still joins its values in.
Truths come from running the program."""

from engine_support import agrees, hints_and_truth

PARSED_FLAGS = """
import ast
import sys

import torch

sys.argv = ["prog", "--width", "6", "--name", "run", "--shape", "(2, 3)"]
options = {}
words = sys.argv[1:]
for flag, text in zip(words[::2], words[1::2]):
    try:
        options[flag.lstrip("-")] = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        options[flag.lstrip("-")] = text
grid = torch.zeros(options["width"], *options["shape"])
label = torch.zeros(len(options["name"]))

try:
    count = int(" 12 ".strip())
except ValueError:
    count = 0
counted = torch.zeros(count)

try:
    size = int("twelve")
    size = size + 1
except ValueError:
    size = 5
fallback = torch.zeros(size)

try:
    other = int("7")
except Exception:
    other = 3
unsure = torch.zeros(other)
"""


def test_pure_statements_decide_their_handlers(monkeypatch):
    found, truth = hints_and_truth(PARSED_FLAGS, monkeypatch)
    names = ("grid", "label", "counted", "fallback")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert found["unsure"] != truth["unsure"] and agrees(found["unsure"], truth["unsure"])
