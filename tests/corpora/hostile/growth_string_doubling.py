import torch

before = torch.zeros(3)
# Each line is a small constant fold; together they build a 512 MiB string.
text = "a" * 4096
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
text = text + text
after = torch.ones(2, 2)
