import torch
features = torch.randn(4, 16)
extra = torch.randn(4, 8)
both = torch.cat([features, extra], dim=0)
