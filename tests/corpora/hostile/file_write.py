import pathlib
import shutil
import torch

before = torch.zeros(3)
open("__SENTINEL__", "w").write("written by the analysis")
with open("__SENTINEL__", "a") as handle:
    handle.write("appended by the analysis")
pathlib.Path("__SENTINEL__").write_text("written by pathlib")
shutil.copy(__file__, "__SENTINEL__")
print("to a file", file=open("__SENTINEL__", "w"))
after = torch.ones(2, 2)
