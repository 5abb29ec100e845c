import numpy as np
import torch
from torch import nn

readings = np.random.rand(32, 6).astype(np.float32)
inputs = torch.from_numpy(readings)
regressor = nn.Linear(6, 1)
predictions = regressor(inputs)
