import numpy as np
import torch
from torch import nn
from torch.autograd import Variable

Tensor = torch.cuda.FloatTensor if torch.cuda.is_available() else torch.FloatTensor
latent = 16
generator = nn.Sequential(nn.Linear(latent, 32), nn.ReLU(), nn.Linear(32, 64))
batch = torch.zeros(8, 64)
noise = Variable(Tensor(np.random.normal(0, 1, (batch.shape[0], 2 * latent))))
fakes = generator(noise)
