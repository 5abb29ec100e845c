"""Engine tests: an option whose `type` is a function of the program (`str2bool`, a lambda splitting a list) has
the value that function makes of its word, or of its string default, when `parse_args` is given a literal list.
Truths come from running each program."""

from engine_support import hints_and_truth

CONVERTED = """
import argparse
import torch


def str2bool(v):
    if v.lower() in ["true", "1"]:
        return True
    elif v.lower() in ["false", "0"]:
        return False
    raise argparse.ArgumentTypeError("Boolean value expected.")


def int_list(text):
    return [int(part) for part in text.split(",")]


parser = argparse.ArgumentParser()
parser.add_argument("--deep_supervision", default=False, type=str2bool)
parser.add_argument("--milestones", default="3,6", type=int_list)
parser.add_argument("--dims", default="8,16", type=lambda s: tuple(map(int, s.split(","))))
parser.add_argument("--flags", nargs="+", default=[], type=str2bool)
parser.add_argument("--width", default=4, type=int)
config = vars(parser.parse_args(["--deep_supervision", "True", "--milestones", "2,5", "--flags", "1", "0"]))
heads = torch.zeros(4 if config["deep_supervision"] else 1, config["width"])
steps = torch.zeros(len(config["milestones"]), config["milestones"][1])
grid = torch.zeros(*config["dims"])
mask = torch.zeros(len(config["flags"]), 3 if config["flags"][1] else 2)
"""


def test_a_type_function_of_the_program_converts_its_word(monkeypatch):
    found, truth = hints_and_truth(CONVERTED, monkeypatch)
    assert found["heads"] == truth["heads"] == "[4, 4]"
    assert found["steps"] == truth["steps"] == "[2, 5]"
    assert found["mask"] == truth["mask"] == "[2, 2]"


def test_a_string_default_goes_through_the_type_function(monkeypatch):
    found, truth = hints_and_truth(CONVERTED, monkeypatch)
    assert found["grid"] == truth["grid"] == "[8, 16]"
