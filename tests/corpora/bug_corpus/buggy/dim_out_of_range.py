import torch
logits = torch.randn(8, 10)
probs = logits.softmax(dim=2)
