"""Vocabularies built from sets, as NLP tutorials write them: `list(set(words))` in whatever order the hash gives,
a word-to-id dict comprehension over it, one-hot rows picked from `np.eye` and `torch.eye` by those ids, a
character table from `sorted(set(text))`, a vocabulary grown with `set.add`, tensors indexed by ids whose
values the code cannot know, and a vocabulary class whose `__len__` sizes a layer."""

import numpy as np
import torch
from torch import nn

sentences = ["ich mochte ein bier P", "S i want a beer", "i want a beer E"]
word_list = list(set(" ".join(sentences).split()))
word_dict = {w: i for i, w in enumerate(word_list)}
number_dict = {i: w for i, w in enumerate(word_list)}
n_class = len(word_dict)
n_hidden = 12


def one_hot_batch(sentence):
    return np.eye(n_class)[[word_dict[n] for n in sentence.split()]]


enc_input = torch.FloatTensor(np.array([one_hot_batch(sentences[0])]))
dec_input = torch.FloatTensor(np.array([one_hot_batch(sentences[1])]))
target = torch.LongTensor([[word_dict[n] for n in sentences[2].split()]])

encoder = nn.RNN(input_size=n_class, hidden_size=n_hidden)
decoder = nn.RNN(input_size=n_class, hidden_size=n_hidden)
out = nn.Linear(n_hidden, n_class)
enc_states, hidden = encoder(enc_input.transpose(0, 1), torch.zeros(1, 1, n_hidden))
dec_states, _ = decoder(dec_input.transpose(0, 1), hidden)
logits = out(dec_states.squeeze(1))
loss = nn.functional.cross_entropy(logits, target.squeeze(0))
identity = torch.eye(n_class)
beer = identity[word_dict["beer"]]
pair = identity[[word_dict["i"], word_dict["a"]]]
beer_state = dec_states[word_dict["beer"] % 5, 0]

text = "to be or not to be, that is the question"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
vocab_size = len(chars)
codes = torch.tensor([stoi[c] for c in text])
table = torch.eye(vocab_size)
first_row = table[stoi["t"]]
rows = table[[stoi[c] for c in "note"]]
picked = table[codes[0], 2:]

seen = set()
for word in "the cat and the hat and the bat".split():
    seen.add(word)
unique_count = len(seen)
counts = torch.zeros(unique_count, vocab_size)
tokens = sorted(seen, reverse=True)
embedding = nn.Embedding(len(tokens) + 1, 6)
embedded = embedding(torch.arange(len(tokens)))


class TagVocab:
    def __init__(self, tags):
        self.itos = ["<pad>"] + sorted(set(tags))

    def __len__(self):
        return len(self.itos)


tag_vocab = TagVocab("B-PER I-PER O O B-LOC O".split())
tag_head = nn.Linear(6, len(tag_vocab))
tag_scores = tag_head(torch.randn(2, 9, 6))
tag_eye = torch.eye(len(tag_vocab))
