"""Engine tests: a window `text[i:i + n]` of a constant string, at a start known by its bounds (a loop over
`range(len(text) - n)`) that keeps it inside the string, is one of the strings of length n the starts cut: n long,
each of its characters one of theirs, so a comprehension over it has n items. A window that may run past the end is
not taken to be n long. Truths come from running each program."""

from engine_support import agrees, hints_and_truth

WINDOWS = """
import torch

sentence = "if you want to build a ship, don't drum up people together to collect wood"
index = {c: k for k, c in enumerate(sorted(set(sentence)))}
length = 10
rows = []
for i in range(0, len(sentence) - length):
    text = sentence[i:i + length]
    shifted = sentence[i + 1:i + length + 1]
    counted = torch.zeros(len(text))
    ids = torch.tensor([index[c] for c in shifted])
    for c in text:
        letter = torch.zeros(index[c] + 1)
    rows.append([index[c] for c in text])
batch = torch.tensor(rows)
one_hot = torch.eye(len(index))[batch]
for start in range(len(sentence)):
    tail = torch.tensor([index[c] for c in sentence[start:start + length]])
"""


def test_windows_inside_the_string_are_n_long(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    for name in ("counted", "ids", "batch", "one_hot"):
        assert found[name] == truth[name], name


def test_window_that_may_pass_the_end_is_not_n_long(monkeypatch):
    found, truth = hints_and_truth(WINDOWS, monkeypatch)
    assert found.get("tail") != "[10]" and agrees(found.get("tail"), truth["tail"])
    assert agrees(found.get("letter"), truth["letter"])
