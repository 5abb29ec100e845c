import torch
import torch.nn as nn


class Transition(nn.Sequential):
    def __init__(self, width):
        super().__init__()
        self.add_module("norm", nn.BatchNorm2d(width))
        self.add_module("conv", nn.Conv2d(width, width // 2, kernel_size=1, bias=False))
        self.add_module("pool", nn.AvgPool2d(kernel_size=2, stride=2))


class Tiny(nn.Module):
    def __init__(self, width=32, classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, width, 3, padding=1)
        self.transition = Transition(width)
        self.classifier = nn.Linear(width // 2, classes)

    def forward(self, x):
        x = self.transition(torch.relu(self.stem(x)))
        x = torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1)
        return self.classifier(x)


model = Tiny()
logits = model(torch.rand(4, 3, 16, 16))
