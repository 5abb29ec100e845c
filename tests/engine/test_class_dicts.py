"""Engine tests: `Cls.__dict__[name]` of a user class is what its own body bound to that name, read as through the
class (a static method calls its function), at a known name or at one of a few an option allows; a class method
(an uncallable object there) or a name the class only inherits is not modelled. Truths come from running each
program."""

from engine_support import agrees, hints_and_truth

REGISTRY = """
import argparse
import torch


def _cifar(root, train=True):
    return torch.zeros(16 if train else 8, 3, 32, 32)


class datasets:
    CIFAR10 = CIFAR100 = staticmethod(_cifar)

    @staticmethod
    def MNIST(root):
        return torch.zeros(4, 1, 28, 28)

    def plain(self, n):
        return torch.zeros(n, 2)

    @classmethod
    def made(cls, n):
        return torch.zeros(n, 5)


class Derived(datasets):
    pass


parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="cifar10", type=str)
args = parser.parse_args()
assert args.dataset == "cifar10" or args.dataset == "cifar100"
images = datasets.__dict__[args.dataset.upper()]("../data", train=False)
digits = datasets.__dict__["MNIST"]("../data")
rows = datasets.__dict__["plain"](None, 3)
"""


def test_an_item_of_a_class_dict_is_what_its_body_bound(monkeypatch):
    found, truth = hints_and_truth(REGISTRY, monkeypatch)
    for name in ("images", "digits", "rows"):
        assert found[name] == truth[name], name


INHERITED = """
try:
    inherited = Derived.__dict__["MNIST"]("../data")
except KeyError:
    inherited = torch.ones(1, 1, 2, 2)
"""


def test_a_name_the_class_only_inherits_is_not_in_its_dict(monkeypatch):
    found, truth = hints_and_truth(REGISTRY + INHERITED, monkeypatch)
    assert agrees(found.get("inherited"), truth["inherited"])
