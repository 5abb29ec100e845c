"""Engine tests: options added in a loop over a dict of defaults (`type=type(v)`, a function of the program for
bools) and parsed from an empty list are their defaults; a comprehension of `getattr(args, k)` over many keys is
unrolled like a bookkeeping loop; a parser given an option the engine cannot read keeps named sizes for a literal
list. Truths come from running each program."""

from engine_support import hints_and_truth

DEFAULTS = """
import argparse
import torch


def str2bool(v):
    if isinstance(v, bool):
        return v
    return v.lower() in ("yes", "true", "1")


def model_defaults():
    return dict(width=12, depth=2, heads=4, dropout=0.0, learn_sigma=False, schedule="linear",
                o1=1, o2=2, o3=3, o4=4, o5=5, o6=6, o7=7, o8=8, o9=9, o10=10, o11=11, o12=12)


def add_dict_to_argparser(parser, default_dict):
    for k, v in default_dict.items():
        v_type = type(v)
        if v is None:
            v_type = str
        elif isinstance(v, bool):
            v_type = str2bool
        parser.add_argument(f"--{k}", default=v, type=v_type)


def build(width, depth, heads, dropout, learn_sigma, schedule, **rest):
    return torch.zeros(depth, width * (2 if learn_sigma else 1), heads)


defaults = dict(batch_size=5, lr=1e-4)
defaults.update(model_defaults())
parser = argparse.ArgumentParser()
add_dict_to_argparser(parser, defaults)
args = parser.parse_args([])
batch = torch.rand(args.batch_size, 3)
weights = build(**{k: getattr(args, k) for k in model_defaults().keys()})
"""

UNREAD_FLAG = """
import argparse
import os
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--nodes", type=int, default=2)
parser.add_argument(os.environ.get("EXTRA_FLAG", "--n"), type=int, default=0)
fixed = parser.parse_args(["--n", "5"])
rows = torch.zeros(fixed.nodes)
"""


def test_options_added_from_a_dict_of_defaults_are_their_defaults_when_no_word_is_given(monkeypatch):
    found, truth = hints_and_truth(DEFAULTS, monkeypatch)
    assert found["batch"] == truth["batch"] == "[5, 3]"
    assert found["weights"] == truth["weights"] == "[2, 12, 4]"


def test_a_parser_with_an_option_of_unknown_flags_parses_no_literal_list_itself(monkeypatch):
    found, truth = hints_and_truth(UNREAD_FLAG, monkeypatch)
    # without the option `--n` would abbreviate `--nodes`: a word may belong to the option the engine cannot read
    assert truth["rows"] == "[2]" and found["rows"] == "[nodes]"
