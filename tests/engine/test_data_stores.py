"""Engine tests: `t.data = new` leaves `t` the very tensor it was with `new`'s sizes: a parameter stays a parameter
(a layer registers it) and a tensor keeps its grad flag, whatever `new`'s. Truths come from running the snippet."""

from engine_support import hints_and_truth

STORED = """
import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, 4)
u = nn.Parameter(torch.randn(8), requires_grad=False)
u.data = u.data / u.data.norm()
conv.register_parameter("weight_u", u)
registered = conv.weight_u
out = conv(torch.randn(2, 3, 16, 16))
grown = nn.Parameter(torch.randn(5))
grown.data = torch.zeros(6)
lin = nn.Linear(3, 4)
lin.register_parameter("extra", grown)
extra = lin.extra
leaf = torch.zeros(3, requires_grad=True)
leaf.data = torch.ones(4)
flagged = torch.zeros(2) if leaf.requires_grad else torch.zeros(3, 3)
computed = torch.zeros(3, requires_grad=True) * 2
computed.data = torch.ones(5)
still_flagged = torch.zeros(2) if computed.requires_grad else torch.zeros(3, 3)
"""


def test_a_parameter_given_new_data_stays_a_parameter(monkeypatch):
    found, truth = hints_and_truth(STORED, monkeypatch)
    for name in ("registered", "out", "extra", "flagged", "still_flagged"):
        assert found.get(name) == truth[name], name
