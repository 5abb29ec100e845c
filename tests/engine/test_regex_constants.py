"""Engine tests: Python's `re` on a known pattern and string gives what Python gives: `re.compile` (flags
included), `sub` and `findall` as functions of the module and methods of the compiled pattern, and `match` that
finds nothing (None); a loop that only rewrites text with `re.sub` runs item by item as far as other bookkeeping
loops. So the token ids of a cleaned sentence have their count. Truths come from running the program."""

from engine_support import hints_and_truth

CLEANED_TOKENS = """
import re

import torch

_spaces = re.compile(r"\\s+")
_braces = re.compile(r"\\{(.+?)\\}")
_short_forms = [(re.compile(r"\\b%s\\." % short, re.IGNORECASE), long) for short, long in [
    ("mr", "mister"), ("dr", "doctor"), ("st", "street"), ("no", "number"), ("vs", "versus"), ("jr", "junior"),
    ("co", "company"), ("ft", "fort"), ("lt", "lieutenant"), ("mt", "mount"), ("rd", "road"), ("sgt", "sergeant"),
    ("gen", "general"), ("col", "colonel"), ("capt", "captain"), ("rev", "reverend"), ("hon", "honorable"),
]]


def expand(text):
    for pattern, long in _short_forms:
        text = re.sub(pattern, long, text)
    return text


def clean(text):
    text = expand(text.lower())
    return _spaces.sub(" ", text).strip()


sentence = clean("Dr.  Smith met   Mr. Jones on Main St. ")
assert _braces.match(sentence) is None
letters = torch.zeros(len(sentence), 8)
words = re.findall(r"[a-z]+", sentence)
word_ids = torch.arange(len(words))
parts = _spaces.split(sentence)
part_ids = torch.ones(len(parts), 2)
"""


def test_regex_of_constants_is_folded(monkeypatch):
    found, truth = hints_and_truth(CLEANED_TOKENS, monkeypatch)
    for name in ("letters", "word_ids", "part_ids"):
        assert found.get(name) == truth[name], name
