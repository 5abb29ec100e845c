"""Engine tests: a torch module read through another module's attribute (`torch.sparse.torch`, the `torch`
name `torch.nn.functional` imports) is that module, so its functions run as under their own name. Truths come
from running the program."""

from engine_support import hints_and_truth

THROUGH_MODULES = """
import torch
import torch.nn.functional as F

eye = torch.sparse.torch.eye(5)
rows = F.torch.zeros(3, 5) @ eye
picked = eye.index_select(0, torch.tensor([1, 3]))
"""


def test_a_module_read_through_another_is_that_module(monkeypatch):
    found, truth = hints_and_truth(THROUGH_MODULES, monkeypatch)
    assert found.get("eye") == truth["eye"] == "[5, 5]"
    assert found.get("rows") == truth["rows"] == "[3, 5]"
    assert found.get("picked") == truth["picked"] == "[2, 5]"
