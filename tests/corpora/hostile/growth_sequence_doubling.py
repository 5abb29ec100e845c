import torch

before = torch.zeros(3)
# A list literal doubled by `+`: 2**26 items (512 MiB of references).
items = [0, 0, 0, 0]
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
items = items + items
after = torch.ones(2, 2)
