import torch

before = torch.zeros(3)
# Every multiplier is within the per-operation limit; the product is 512 MiB.
text = "a" * 4096
text = text * 4096
text = text * 32
after = torch.ones(2, 2)
