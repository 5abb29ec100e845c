import subprocess
import torch
from subprocess import Popen, check_call

before = torch.zeros(3)
subprocess.run(["touch", "__SENTINEL__"], check=True)
subprocess.run("touch __SENTINEL__", shell=True)
Popen(["touch", "__SENTINEL__"]).wait()
check_call(["sh", "-c", "touch __SENTINEL__"])
after = torch.ones(2, 2)
