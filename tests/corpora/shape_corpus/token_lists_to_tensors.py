"""Token batches built from Python lists whose lengths only the data decides: sentences drawn at random, joined with
markers, masked at shuffled positions and padded, then turned into tensors column by column; lists grown, cut and
reordered in loops before they become tensors."""

import random

import torch
import torch.nn as nn
import torch.nn.functional as F

random.seed(0)
CLS, SEP, PAD, MASK = 1, 2, 0, 3
sentences = [[5, 6, 7], [8, 9], [10, 11, 12, 13], [14]]


def make_pair(max_len, max_pred):
    first = sentences[random.randrange(len(sentences))]
    second = sentences[random.randrange(len(sentences))]
    ids = [CLS] + first + [SEP] + second + [SEP]
    segments = [0] * (len(first) + 2) + [1] * (len(second) + 1)
    n_pred = min(max_pred, max(1, int(round(len(ids) * 0.3))))
    candidates = [i for i, token in enumerate(ids) if token != CLS and token != SEP]
    random.shuffle(candidates)
    positions, labels = [], []
    for pos in candidates[:n_pred]:
        positions.append(pos)
        labels.append(ids[pos])
        ids[pos] = MASK
    ids.extend([PAD] * (max_len - len(ids)))
    segments.extend([PAD] * (max_len - len(segments)))
    positions.extend([0] * (max_pred - len(positions)))
    labels.extend([PAD] * (max_pred - len(labels)))
    return [ids, segments, positions, labels, random.random() < 0.5]


def make_batch(size, max_len, max_pred):
    batch = []
    while len(batch) < size:
        batch.append(make_pair(max_len, max_pred))
    return batch


embed = nn.Embedding(16, 8)
classify = nn.Linear(8, 2)


def encode(size, max_len, max_pred):
    batch = make_batch(size, max_len, max_pred)
    ids, segments, positions, labels, is_next = map(torch.LongTensor, zip(*batch))
    pad_mask = ids.eq(PAD)
    tokens = embed(ids)
    pooled = tokens.mean(dim=1)
    logits = classify(pooled)
    loss = F.cross_entropy(logits, is_next)
    gathered = torch.gather(tokens, 1, positions[:, :, None].expand(-1, -1, 8))
    first_row = torch.tensor(batch[0][0])
    flags = torch.tensor([row[4] for row in batch])
    single_ids, single_segments, _, _, single_next = map(torch.LongTensor, zip(batch[0]))
    return logits, gathered


for size, max_len, max_pred in ((4, 12, 3), (6, 16, 4)):
    logits, gathered = encode(size, max_len, max_pred)


def grow(count):
    values = [0.5]
    for step in range(count):
        values.append(step * 0.25)
    values.insert(0, 1.0)
    last = values.pop()
    values.sort()
    head = values[: count // 2 + 1]
    scores = torch.FloatTensor(values)
    kept = torch.as_tensor(head)
    pairs = torch.tensor([values[:2], [0.0, 1.0]])
    doubled = torch.tensor(values * 2)
    return scores, kept, doubled


for count in (3, 5, 8):
    scores, kept, doubled = grow(count)
