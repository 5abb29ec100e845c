import torch
from nets import ConvBlock, Head

block1 = ConvBlock(3, 16)
block2 = ConvBlock(16, 32)
head = Head(32, 10)
images = torch.randn(4, 3, 32, 32)
f1 = block1(images)
f2 = block2(f1)
out = head(f2)
