"""GRU encoders: many-to-one regression, a sequence tagger, a GRUCell decoder loop, and a word model whose cell
is picked by name (`getattr(nn, cell)`), whose gates are set with `setattr` and whose first hidden state is made
from `next(self.parameters())`."""

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class GRURegressor(nn.Module):
    def __init__(self, n_features, hidden, layers=1):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        outputs, h_n = self.gru(x)
        final = outputs[:, -1]
        prediction = self.head(final).squeeze(-1)
        return prediction


series = torch.randn(16, 30, 3)
targets = torch.randn(16)
regressor = GRURegressor(3, 24, layers=2)
prediction = regressor(series)
mse = F.mse_loss(prediction, targets)

tagger_gru = nn.GRU(input_size=8, hidden_size=16, bidirectional=True)
sentence = torch.randn(11, 2, 8)
tag_states, tag_hidden = tagger_gru(sentence)
tag_logits = nn.Linear(32, 5)(tag_states)
tags = tag_logits.argmax(dim=-1)

decoder_cell = nn.GRUCell(input_size=4, hidden_size=16)
to_output = nn.Linear(16, 4)
state = torch.zeros(2, 16)
token = torch.zeros(2, 4)
generated = []
for step in range(6):
    state = decoder_cell(token, state)
    token = to_output(state)
    generated.append(token)
sequence = torch.stack(generated, dim=1)

h_init = torch.zeros(1, 2, 16)
single_out, single_h = nn.GRU(8, 16)(sentence, h_init)


class WordModel(nn.Module):
    def __init__(self, cell, vocab, width, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        if cell in ["LSTM", "GRU"]:
            self.rnn = getattr(nn, cell)(width, width, layers)
        else:
            self.rnn = nn.RNN(width, width, layers, nonlinearity="tanh")
        for index in range(layers):
            setattr(self, "gate%i" % index, nn.Linear(width, width))
        self.fused = hasattr(F, "scaled_dot_product_attention")
        self.cell, self.width, self.layers = cell, width, layers

    def init_hidden(self, batch):
        weight = next(self.parameters())
        return weight.new_zeros(self.layers, batch, self.width)

    def forward(self, tokens, hidden):
        output, hidden = self.rnn(self.embed(tokens), hidden)
        return self.gate1(output), hidden


word_model = WordModel("GRU", 50, 16, 2)
word_hidden = word_model.init_hidden(4)
word_out, word_hidden = word_model(torch.randint(0, 50, (7, 4)), word_hidden)
