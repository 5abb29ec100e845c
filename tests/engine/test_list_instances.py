"""Engine tests: a value the engine keeps as a list is a list, so `isinstance(xs, list)` and
`isinstance(xs, (list, tuple))` hold after `xs.append(...)` as before it (a DenseNet layer concatenating the list
of earlier features only when it is given one). Truths come from running the program."""

from engine_support import hints_and_truth

PROGRAM = """
import torch


def concatenated(inputs):
    return torch.cat(inputs, 1) if isinstance(inputs, (list, tuple)) else inputs


features = [torch.zeros(2, 3)]
features.append(torch.zeros(2, 4))
joined = concatenated(features)
single = concatenated(torch.zeros(2, 5))
listed = torch.zeros(2) if isinstance(features, list) else None
tupled = torch.zeros(3) if isinstance(features, tuple) else torch.zeros(4)
"""


def test_a_list_is_an_instance_of_list(monkeypatch):
    found, truth = hints_and_truth(PROGRAM, monkeypatch)
    for name in ("joined", "single", "listed", "tupled"):
        assert found[name] == truth[name], name
