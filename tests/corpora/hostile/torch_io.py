import torch

before = torch.zeros(3)
state = torch.load("__PAYLOAD__", weights_only=False)
legacy = torch.serialization.load("__PAYLOAD__", weights_only=False)
torch.save(before, "__SENTINEL__")
torch.save({"x": before}, open("__SENTINEL__", "wb"))
mapped = torch.from_file("__SENTINEL__", shared=True, size=16)
scripted = torch.jit.load("__PAYLOAD__")
storage = torch.UntypedStorage.from_file("__SENTINEL__", True, 16)
after = torch.ones(2, 2)
