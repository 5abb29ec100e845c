"""A seq2seq encoder over packed sequences: sentences of known lengths embedded, packed, run through a
bidirectional GRU and padded back; its two final directions merged into the decoder's first state; a decoder
attending over the padded outputs one step at a time; an LSTM tagger on a batch packed from a list of sentences;
and a loader whose collate function pads sentences of random lengths and packs them unsorted."""

import random

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_packed_sequence, pad_sequence
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
random.seed(0)

VOCAB, EMBED, HIDDEN = 40, 10, 14


class PackedEncoder(nn.Module):
    def __init__(self, vocab, embed, hidden, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed, padding_idx=0)
        self.rnn = nn.GRU(embed, hidden, num_layers=layers, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)

    def forward(self, tokens, lengths):
        embedded = self.embed(tokens)
        packed = pack_padded_sequence(embedded, lengths)
        packed_out, h_n = self.rnn(packed)
        memory, memory_lengths = pad_packed_sequence(packed_out)
        last_layer = h_n.view(self.rnn.num_layers, 2, tokens.size(1), -1)[-1]
        merged = torch.cat([last_layer[0], last_layer[1]], dim=-1)
        start = torch.tanh(self.bridge(merged))
        return memory, start


class AttentionDecoder(nn.Module):
    def __init__(self, vocab, embed, hidden, memory_width):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed)
        self.query = nn.Linear(hidden, memory_width)
        self.cell = nn.GRUCell(embed + memory_width, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, token, state, memory):
        scores = torch.einsum("tbh,bh->bt", memory, self.query(state))
        weights = F.softmax(scores, dim=1)
        context = torch.bmm(weights.unsqueeze(1), memory.transpose(0, 1)).squeeze(1)
        state = self.cell(torch.cat([self.embed(token), context], dim=1), state)
        return self.out(state), state


lengths = [8, 6, 6, 3, 2]
tokens = torch.zeros(8, len(lengths), dtype=torch.long)
for column, length in enumerate(lengths):
    tokens[:length, column] = torch.randint(1, VOCAB, (length,))

encoder = PackedEncoder(VOCAB, EMBED, HIDDEN)
memory, start = encoder(tokens, lengths)
decoder = AttentionDecoder(VOCAB, EMBED, HIDDEN, 2 * HIDDEN)
token = torch.ones(len(lengths), dtype=torch.long)
state = start
logits = []
for step in range(4):
    step_logits, state = decoder(token, state, memory)
    token = step_logits.argmax(dim=1)
    logits.append(step_logits)
all_logits = torch.stack(logits)

sentences = [torch.randn(7, EMBED), torch.randn(5, EMBED), torch.randn(5, EMBED), torch.randn(1, EMBED)]
tagger = nn.LSTM(EMBED, HIDDEN, batch_first=True)
batch = pack_sequence(sentences)
tagged, (tag_h, tag_c) = tagger(batch)
tag_states, tag_lengths = pad_packed_sequence(tagged, batch_first=True, total_length=9)
tag_scores = nn.Linear(HIDDEN, 5)(tag_states)
flat_tags = tagged.data


class RaggedSentences(Dataset):
    def __init__(self, count):
        self.sentences = [torch.randint(1, VOCAB, (random.randint(2, 9),)) for _ in range(count)]

    def __len__(self):
        return len(self.sentences)

    def __getitem__(self, index):
        return self.sentences[index]


def pad_batch(batch):
    lengths = torch.tensor([len(sentence) for sentence in batch])
    return pad_sequence(batch, batch_first=True), lengths


loader = DataLoader(RaggedSentences(24), batch_size=6, collate_fn=pad_batch)
embedding = nn.Embedding(VOCAB, EMBED, padding_idx=0)
reader = nn.LSTM(EMBED, HIDDEN, batch_first=True, bidirectional=True)
for padded, sizes in loader:
    words = embedding(padded)
    packed_words = pack_padded_sequence(words, sizes, batch_first=True, enforce_sorted=False)
    read, (read_h, read_c) = reader(packed_words)
    read_padded, read_lengths = pad_packed_sequence(read, batch_first=True)
    summary = torch.cat([read_h[0], read_h[1]], dim=1)
