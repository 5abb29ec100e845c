import torch

before = torch.zeros(3)
base = 2 ** 2000
# One statement (no budget check between the folds): 21 squarings of a 2000-bit integer,
# minutes of big-integer multiplication that holds the GIL.
powers = (base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, base := base * base, )
after = torch.ones(2, 2)
