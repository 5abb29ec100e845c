"""Unit tests: an instance of a user class deriving from `dict` keeps its items beside its attributes; subscripts,
dict's methods, `**obj`, `len` and loops read or change them, a `__getattr__` (a def, or `dict.__getitem__` held as
one) reads them, `__setattr__` (a def, or `dict.__setitem__`) and `self.__dict__ = self` store into them, and a change
the engine cannot follow leaves them unknown, never as they were."""

from engine_support import agrees, hints_and_truth

READ = """
import torch


class AttrDict(dict):
    def __getattr__(self, key):
        value = self[key]
        return AttrDict(value) if isinstance(value, dict) else value


CONF = AttrDict({"enc": {"d": 64, "k": 3}, "vocab": 30})
nested = torch.zeros(2, CONF.enc.d)
item = torch.zeros(CONF["vocab"], 2)
got = torch.zeros(CONF.get("vocab"), CONF.get("absent", 4))
counted = torch.zeros(len(CONF), 5 if "enc" in CONF else 6)


def build(width, vocab, enc):
    return torch.zeros(width, vocab)


splatted = build(7, **CONF)
"""

STORE = """
import torch


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


cfg = AttrDict(width=8, depth=2)
cfg.height = 5
stored = torch.zeros(cfg.width, cfg.height, cfg["height"])
cfg.update(width=3)
updated = torch.zeros(cfg.width)
alias = cfg
alias["depth"] = 9
aliased = torch.zeros(cfg.depth)
copied = cfg.copy()
copied["depth"] = 1
kept = torch.zeros(cfg.depth, copied["depth"])
keys = [key for key in cfg]
walked = torch.zeros(len(keys))
cfg.layers = [1]
cfg.layers.append(2)
grown = torch.zeros(len(cfg["layers"]))


class EasyDict(dict):
    def __init__(self, d=None, **kwargs):
        d = dict(d or {}, **kwargs)
        for k, v in d.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        super().__setitem__(name, value)
        super().__setattr__(name, value)


easy = EasyDict({"n": 4}, m=3)
easy_items = torch.zeros(easy.n, easy["m"])


class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


config = Config({"h": 4}, w=5)
config.h = 6
shared = torch.zeros(config["h"], config.w)
"""

UNFOLLOWED = """
import torch


class Counting(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


counting = Counting(a=1)
counting["b"] = 3
doubled = torch.zeros(counting["a"], counting["b"])


class Loose(dict):
    def __setattr__(self, name, value):
        self.__dict__[name] = value


def fill(target, name):
    setattr(target, name, 3)


loose = Loose(a=2)
fill(loose, "a" if torch.rand(1).item() > 2 else "b")
looked = torch.zeros(loose.get("b", 5), loose.get("a", 6))


class Listing(dict):
    __getattr__ = dict.__getitem__


listing = Listing(layers=[1])
listing.layers.append(2)
appended = torch.zeros(len(listing["layers"]), len(listing.layers))
"""


def test_items_are_read_through_subscripts_methods_and_getattr(monkeypatch):
    found, truth = hints_and_truth(READ, monkeypatch)
    for name in ("nested", "item", "got", "counted", "splatted"):
        assert found[name] == truth[name], name


def test_items_are_stored_through_setattr_methods_and_the_shared_dict(monkeypatch):
    found, truth = hints_and_truth(STORE, monkeypatch)
    for name in ("stored", "updated", "aliased", "kept", "walked", "grown", "easy_items", "shared"):
        assert found[name] == truth[name], name


def test_user_methods_run_and_unfollowed_changes_leave_no_stale_item(monkeypatch):
    found, truth = hints_and_truth(UNFOLLOWED, monkeypatch)
    assert found["doubled"] == truth["doubled"] == "[1, 6]"
    for name in ("looked", "appended"):
        assert agrees(found.get(name), truth[name]), name
