import torch

before = torch.zeros(3)
# printf-style formatting: a short constant expression whose value is 500 MB.
padded = "%0500000000d" % 0
after = torch.ones(2, 2)
