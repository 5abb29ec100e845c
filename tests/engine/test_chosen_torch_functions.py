"""Engine tests: a torch function the code chose on a condition the engine cannot decide (`self.output = F.sigmoid`
or `F.tanh` on a command-line option, else None) is one of them: calling it, where it is not None, gives the join
of what each gives."""

from engine_support import hints_and_truth

CHOSEN = """
import argparse
import torch
import torch.nn as nn
import torch.nn.functional as F

parser = argparse.ArgumentParser()
parser.add_argument("--output_fun", type=str, default="sigmoid")
args = parser.parse_args()


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.linear = nn.Linear(4, 3)
        self.output = None
        if args.output_fun == "sigmoid":
            self.output = F.sigmoid
        if args.output_fun == "tanh":
            self.output = F.tanh

    def forward(self, x):
        res = self.linear(x)
        if self.output:
            res = self.output(res)
        return res


predicted = Model(args)(torch.randn(2, 4))
squash = torch.sigmoid if args.output_fun == "sigmoid" else torch.tanh
squashed = squash(torch.randn(5, 3))
"""


def test_calling_a_chosen_torch_function_joins_each_choice(monkeypatch):
    found, truth = hints_and_truth(CHOSEN, monkeypatch)
    assert found["predicted"] == truth["predicted"] == "[2, 3]"
    assert found["squashed"] == truth["squashed"] == "[5, 3]"
