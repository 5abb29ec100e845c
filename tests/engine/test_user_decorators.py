"""Engine tests: a function or a method under a decorator written in the user's code is what the decorator returns
(a wrapper that changes the arguments or calls the function twice is followed, `functools.wraps` gives the wrapper
back without calling the function); torch's decorators keep the function. Truths come from running the snippet."""

import pytest
from engine_support import hints_and_truth

DECORATED = """
import functools
import torch
from torch import nn

def twice(fn):
    def wrapper(x):
        fn(x)
        return fn(torch.cat([x, x]))
    return wrapper

def batched(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*[a.unsqueeze(0) for a in args], **kwargs)
    return wrapper

def repeat(k):
    def deco(fn):
        def inner(x):
            return fn(x.repeat(k, 1))
        return inner
    return deco

@twice
def squared(x):
    return x * x

@batched
def normed(x, scale=1.0):
    return x / x.norm(dim=-1, keepdim=True) * scale

@repeat(3)
@torch.no_grad()
def summed(x):
    return x.sum(0)

def batched_method(fn):
    @functools.wraps(fn)
    def wrapper(self, x):
        return fn(self, x.unsqueeze(0))
    return wrapper

class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(5, 2)

    @batched_method
    def forward(self, x):
        return self.lin(x)

def recorded(init):
    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        self.given = (args, kwargs)
        init(self, *args, **kwargs)
    return __init__

class Recorded(nn.Module):
    @recorded
    def __init__(self, width):
        super().__init__()
        self.lin = nn.Linear(width, 3)

    def forward(self, x):
        return self.lin(x)

q = squared(torch.randn(3))
z = normed(torch.randn(4, 5), scale=2.0)
w = summed(torch.randn(2, 6))
o = Head()(torch.randn(4, 5))
r = Recorded(7)(torch.randn(2, 7))
"""


def test_decorators_of_the_users_own_are_followed(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(DECORATED, monkeypatch)
    names = ("q", "z", "w", "o", "r")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
