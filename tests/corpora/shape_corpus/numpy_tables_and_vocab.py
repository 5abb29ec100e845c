"""Toy translation inputs as tutorials build them: a vocabulary dict grown in a loop over a set of words,
word ids turned into tensors by the legacy constructors (directly and through np.asarray rows), a sinusoid
position table computed in numpy and a look-ahead mask made with np.triu and torch.from_numpy;
one-hot character rows over an alphabet longer than the unroll limit."""

import numpy as np
import torch
from torch import nn

corpus = ["we like small models", "they train big models", "small data helps"]
words = sorted(set(" ".join(corpus).split()))
vocab = {"<pad>": 0, "<bos>": 1}
for index, word in enumerate(words):
    vocab[word] = index + 2
vocab_size = len(vocab)
inverse = {i: w for w, i in vocab.items()}


def encode(sentence, length):
    ids = [vocab[w] for w in sentence.split()]
    return ids + [0] * (length - len(ids))


def position_table(positions, width):
    def angle(pos, j):
        return pos / np.power(10000, 2 * (j // 2) / width)

    rows = np.array([[angle(p, j) for j in range(width)] for p in range(positions)])
    rows[:, 0::2] = np.sin(rows[:, 0::2])
    rows[:, 1::2] = np.cos(rows[:, 1::2])
    return torch.FloatTensor(rows)


def look_ahead_mask(seq):
    shape = [seq.size(0), seq.size(1), seq.size(1)]
    upper = np.triu(np.ones(shape), k=1)
    return torch.from_numpy(upper).byte()


batch = torch.LongTensor([encode(s, 5) for s in corpus])
rows = torch.LongTensor([np.asarray([vocab[w] for w in s.split()[:3]]) for s in corpus])
first = torch.tensor(np.asarray(encode(corpus[0], 6)))
table = position_table(12, 16)
embed = nn.Embedding(vocab_size, 16)
tokens = embed(batch) + table[: batch.size(1)]
mask = look_ahead_mask(batch)
scores = tokens @ tokens.transpose(1, 2) / np.sqrt(16)
scores = scores.masked_fill(mask.bool(), -1e9)
weights = torch.softmax(scores, dim=-1)
context = weights @ tokens
logits = nn.Linear(16, vocab_size)(context)
loss = nn.CrossEntropyLoss()(logits.view(-1, vocab_size), batch.view(-1))
row_vectors = embed(rows).mean(1)
frozen = nn.Embedding.from_pretrained(position_table(8, 16), freeze=True)
positions = frozen(torch.LongTensor([[0, 1, 2, 3, 4]]))
mixed = embed(batch) + positions

letters = [c for c in "SEPabcdefg"]
letter_ids = {c: i for i, c in enumerate(letters)}
n_letters = len(letter_ids)
one_hot = np.eye(n_letters)[[letter_ids[c] for c in "bead"]]
pairs = torch.FloatTensor([one_hot, np.eye(n_letters)[[letter_ids[c] for c in "face"]]])
picked = torch.from_numpy(np.eye(n_letters)[2:5, None])
rnn = nn.RNN(input_size=n_letters, hidden_size=12)
states, last = rnn(pairs.transpose(0, 1), torch.zeros(1, 2, 12))
word_ids = {w: i for i, w in enumerate(words)}
unseen = torch.FloatTensor([np.eye(len(word_ids))[[word_ids[w] for w in "small data".split()]]])

image_shape = (1, 6, 6)
decoder = nn.Linear(10, int(np.prod(image_shape)))
noise = torch.FloatTensor(np.random.normal(0, 1, (4, 10)))
fake = decoder(noise).view(noise.size(0), *image_shape)
classes = torch.LongTensor(np.random.randint(0, 3, 4))
table_xy = np.random.rand(20, 5).astype(np.float32)
features = torch.from_numpy(table_xy[:, 0:-1])
targets = torch.from_numpy(table_xy[:, [-1]])
round_trip = torch.from_numpy(fake.detach().numpy()).mean(0)

alphabet = [ch for ch in "SEP" + "abcdefghijklmnopqrstuvwxyz"]
index_of = {ch: i for i, ch in enumerate(alphabet)}
n_symbols = len(index_of)
spelled = [np.eye(n_symbols)[[index_of[ch] for ch in word + "P" * (5 - len(word))]] for word in ["cat", "moon"]]
spelled_batch = torch.FloatTensor(np.array(spelled)).transpose(0, 1)
encoded, final = nn.RNN(input_size=n_symbols, hidden_size=8)(spelled_batch, torch.zeros(1, 2, 8))
char_logits = nn.Linear(8, n_symbols)(encoded)
