import atexit
import os
import torch


def setup():
    os.makedirs("__SENTINEL__")
    with open("__SENTINEL__", "w") as handle:
        handle.write("setup ran")
    return torch.zeros(2)


class Logger:
    def __init__(self, path):
        open(path, "w").write("Logger.__init__ ran")
        os.system("touch " + path)

    def __call__(self, x):
        os.system("touch __SENTINEL__")
        return x

    def __del__(self):
        os.system("touch __SENTINEL__")


def register(function):
    os.system("touch __SENTINEL__")
    return function


@register
def decorated(x=os.system("touch __SENTINEL__")):
    return x


before = torch.zeros(3)
value = setup()
logger = Logger("__SENTINEL__")
logged = logger(before)
atexit.register(os.system, "touch __SENTINEL__")
import antigravity  # noqa: E402,F401  (opens a web browser when imported)
after = torch.ones(2, 2)
