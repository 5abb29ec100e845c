"""A match that succeeds gives a match object, which is true, and one that fails gives None, which is false: so
`bool(re.match(...))` of a known pattern and text is known, and with it the options a program sorts by name prefix
(`enc_depth` to the encoder, `dec_depth` to the decoder), and the sizes built from them. Truths come from running
the program."""

from engine_support import hints_and_truth

SPLIT_OPTIONS = """
import re

import torch


def starts_with(prefix, name):
    return bool(re.match(f"^{prefix}", name))


def split_by_prefix(prefix, options):
    chosen, rest = {}, {}
    for name, value in options.items():
        if starts_with(prefix, name):
            chosen[name[len(prefix):]] = value
        else:
            rest[name] = value
    return chosen, rest


encoder, others = split_by_prefix("enc_", dict(enc_width=6, dec_width=10, heads=2))
decoder, shared = split_by_prefix("dec_", others)
encoded = torch.zeros(shared["heads"], encoder["width"])
decoded = torch.zeros(shared["heads"], decoder["width"])
found = torch.ones(3 if re.search("w.d", "a width") else 5)
missed = torch.ones(3 if re.fullmatch("w.d", "a width") else 5)
"""


def test_match_objects_are_true_and_failed_matches_false(monkeypatch):
    found, truth = hints_and_truth(SPLIT_OPTIONS, monkeypatch)
    for name in ("encoded", "decoded", "found", "missed"):
        assert found.get(name) == truth[name], name
