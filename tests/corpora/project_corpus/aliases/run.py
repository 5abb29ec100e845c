import torch

import toolkit
import toolkit.shapes as sh
from toolkit.ops import *

x = torch.randn(4, 3, 5)
w = widen(x)
p = project(w, torch.randn(30, 2))
s = sh.scaled(p)
t = toolkit.ops.widen(torch.randn(2, 2, 2))
