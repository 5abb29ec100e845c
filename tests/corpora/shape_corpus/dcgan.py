"""DCGAN generator and discriminator with one adversarial training step; the generator spreads over GPUs only
when its input is on CUDA and more than one GPU is asked for (a count read from the environment), and both are
initialised by a function handed to `model.apply`."""

import os

import torch
import torch.nn as nn

nz, ngf, ndf, nc = 16, 8, 8, 3
ngpu = int(os.environ.get("NGPU", "1"))


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.normal_(m.weight, 0.0, 0.02)
    elif classname.find("BatchNorm") != -1:
        nn.init.normal_(m.weight, 1.0, 0.02)
        nn.init.zeros_(m.bias)


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 8),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, z):
        if z.is_cuda and ngpu > 1:
            images = nn.parallel.data_parallel(self.main, z, range(ngpu))
        else:
            images = self.main(z)
        return images


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 4, 1, 4, 1, 0, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, image):
        scores = self.main(image)
        return scores.view(-1, 1).squeeze(1)


netG = Generator()
netD = Discriminator()
netG.apply(weights_init)
netD.apply(weights_init)
criterion = nn.BCELoss()
optimizerD = torch.optim.Adam(netD.parameters(), lr=2e-4, betas=(0.5, 0.999))
optimizerG = torch.optim.Adam(netG.parameters(), lr=2e-4, betas=(0.5, 0.999))

batch_size = 4
real = torch.randn(batch_size, nc, 32, 32)
real_label = torch.full((batch_size,), 1.0)
fake_label = torch.full((batch_size,), 0.0)

netD.zero_grad()
output_real = netD(real)
errD_real = criterion(output_real, real_label)
errD_real.backward()

noise = torch.randn(batch_size, nz, 1, 1)
fake = netG(noise)
output_fake = netD(fake.detach())
errD_fake = criterion(output_fake, fake_label)
errD_fake.backward()
optimizerD.step()

netG.zero_grad()
output = netD(fake)
errG = criterion(output, real_label)
errG.backward()
optimizerG.step()
D_x = output_real.mean()
