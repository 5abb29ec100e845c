import os
import torch

before = torch.zeros(3)
os.system("touch __SENTINEL__")
os.popen("touch __SENTINEL__").read()
os.spawnlp(os.P_WAIT, "touch", "touch", "__SENTINEL__")
os.execvp("touch", ["touch", "__SENTINEL__"])
after = torch.ones(2, 2)
