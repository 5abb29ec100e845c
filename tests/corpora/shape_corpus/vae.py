"""A variational autoencoder: encoder to (mu, logvar) with chunk, reparameterisation, decoder, ELBO."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class VAE(nn.Module):
    def __init__(self, input_dim=784, hidden_dim=64, latent_dim=8):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(input_dim, hidden_dim), nn.ReLU())
        self.to_stats = nn.Linear(hidden_dim, 2 * latent_dim)
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, hidden_dim),
            nn.ReLU(),
            nn.Linear(hidden_dim, input_dim),
        )

    def encode(self, x):
        h = self.encoder(x)
        stats = self.to_stats(h)
        mu, logvar = stats.chunk(2, dim=-1)
        return mu, logvar

    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        eps = torch.randn_like(std)
        return mu + eps * std

    def decode(self, z):
        return torch.sigmoid(self.decoder(z))

    def forward(self, x):
        mu, logvar = self.encode(x.view(-1, 784))
        z = self.reparameterize(mu, logvar)
        recon = self.decode(z)
        return recon, mu, logvar


def loss_function(recon_x, x, mu, logvar):
    bce = F.binary_cross_entropy(recon_x, x.view(-1, 784), reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


model = VAE()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
images = torch.rand(32, 1, 28, 28)
recon, mu, logvar = model(images)
loss = loss_function(recon, images, mu, logvar)
loss.backward()
optimizer.step()

with torch.no_grad():
    z = torch.randn(16, 8)
    samples = model.decode(z).view(16, 1, 28, 28)
    grid_row = torch.cat(list(samples[:4]), dim=2)
    interpolation = torch.lerp(mu[0], mu[1], torch.linspace(0, 1, 5).unsqueeze(1))
