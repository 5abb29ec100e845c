import numpy as np
import torch
from torch import nn

alphabet = [c for c in "SEPabcdef"]
index = {c: i for i, c in enumerate(alphabet)}
n_class = len(index)


def one_hot(word):
    return np.eye(n_class)[[index[c] for c in word]]


batch = torch.FloatTensor([one_hot("bead"), one_hot("face")])
cell = nn.RNN(input_size=n_class - 1, hidden_size=16)
outputs, state = cell(batch.transpose(0, 1), torch.zeros(1, 2, 16))
