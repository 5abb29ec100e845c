import builtins
import importlib
import os
import torch

before = torch.zeros(3)
eval("__import__('os').system('touch __SENTINEL__')")
exec("open('__SENTINEL__', 'w').write('exec ran')")
__import__("os").system("touch __SENTINEL__")
getattr(os, "sys" + "tem")("touch __SENTINEL__")
importlib.import_module("os").system("touch __SENTINEL__")
builtins.__dict__["ev" + "al"]("__import__('os').system('touch __SENTINEL__')")
exec(compile("import os; os.system('touch __SENTINEL__')", "<hostile>", "exec"))
torch.os.system("touch __SENTINEL__")
torch.sys.modules["os"].system("touch __SENTINEL__")
vars(torch)["os"].system("touch __SENTINEL__")
(lambda: os.system("touch __SENTINEL__"))()
[os.system("touch __SENTINEL__") for _ in range(1)]
after = torch.ones(2, 2)
