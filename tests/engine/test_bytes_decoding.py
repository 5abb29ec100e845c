"""Engine tests: `bytes.decode` of a known bytes object folds like the string methods (`text.encode("ascii",
"ignore").decode()` drops the characters ASCII lacks), so a one-hot code of the cleaned text has its length.
Truths come from running the program."""

from engine_support import hints_and_truth

ASCII_TEXT = """
import torch

def to_ascii(text):
    return text.encode("ascii", "ignore").decode()


def one_hot(text):
    return torch.zeros(len(to_ascii(text).lower()), 32)


ids = one_hot("Caf\\u00e9 na\\u00efve, at last!")
kept = to_ascii("d\\u00e9j\\u00e0 vu").encode("utf-8").decode("utf-8", "strict")
counts = torch.zeros(len(kept), 3)
"""


def test_decoded_bytes_keep_their_length(monkeypatch):
    found, truth = hints_and_truth(ASCII_TEXT, monkeypatch)
    for name in ("ids", "counts"):
        assert found.get(name) == truth[name], name
