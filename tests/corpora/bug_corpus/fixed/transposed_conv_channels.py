import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, latent=10):
        super().__init__()
        self.fc = nn.Linear(latent, 64 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1)

    def forward(self, z):
        h = self.fc(z).view(-1, 64, 7, 7)
        h = torch.relu(self.up1(h))
        return torch.sigmoid(self.up2(h))


images = Decoder()(torch.randn(8, 10))
