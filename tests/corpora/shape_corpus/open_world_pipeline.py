"""Sizes the analysis cannot compute keep their names: a vocabulary counted from text, a split computed with
int(), a size read with input-like code; lists built with arithmetic, a model wrapped for several devices
inside a branch, options expanded into a DataLoader, a dict of weight tensors, a layer tested for truth, words
split from strings, a loss over two lengths it cannot relate."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

text = "to be or not to be, that is the question: whether tis nobler in the mind to suffer"
chars = sorted(set(text))
vocab_size = len(chars)
stoi = {ch: i for i, ch in enumerate(chars)}
data = torch.tensor([stoi[ch] for ch in text], dtype=torch.long)
n = int(0.9 * len(data))
train_data = data[:n]
val_data = data[n:]

block_size, batch_size, n_embd = 8, 4, 16
ix = torch.randint(len(train_data) - block_size, (batch_size,))
xb = torch.stack([train_data[i : i + block_size] for i in ix])
yb = torch.stack([train_data[i + 1 : i + block_size + 1] for i in ix])
idx = torch.randint(vocab_size, (batch_size, block_size))
targets_idx = torch.randint(vocab_size, (batch_size, block_size))
token_emb = nn.Embedding(vocab_size, n_embd)
pos_emb = nn.Embedding(block_size, n_embd)
lm_head = nn.Linear(n_embd, vocab_size)
tok = token_emb(idx)
x = tok + pos_emb(torch.arange(block_size))
logits = lm_head(x)
flat_logits = logits.view(batch_size * block_size, vocab_size)
loss = F.cross_entropy(flat_logits, targets_idx.view(-1))
probs = F.softmax(logits[:, -1, :], dim=-1)
next_id = torch.multinomial(probs, num_samples=1)
longer = torch.cat((idx, next_id), dim=1)

num_classes = len(set(stoi.values()))
one_hot = F.one_hot(data[:5], num_classes=num_classes)


def make_stage(in_ch, out_ch, stride, num_blocks):
    strides = [stride] + [1] * (num_blocks - 1)
    layers = []
    for s in strides:
        layers += [nn.Conv2d(in_ch, out_ch, 3, stride=s, padding=1), nn.BatchNorm2d(out_ch), nn.ReLU()]
        in_ch = out_ch
    return nn.Sequential(*layers)


stage = make_stage(3, 8, 2, 3)
images = torch.randn(2, 3, 32, 32)
feats = stage(images)
widths = (8, 16) * 2
stage2 = make_stage(widths[0], widths[1], 2, 2)
feats2 = stage2(feats)

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Flatten(), nn.Linear(16 * 8 * 8, 10))
if device == "cuda" and torch.cuda.device_count() > 1:
    model = nn.DataParallel(model)
model = model.to(device)
scores = model(feats2)
fast = nn.DataParallel(model)
scores2 = fast(feats2)

features = torch.randn(30, 5)
targets = torch.randint(0, 2, (30,))
dataset = TensorDataset(features, targets)
loader_kwargs = {"batch_size": 10}
loader_kwargs["drop_last"] = True
if torch.cuda.is_available():
    loader_kwargs.update(num_workers=1, pin_memory=True)
loader = DataLoader(dataset, shuffle=True, **loader_kwargs)
net = nn.Linear(5, 2)
for step, (inputs, labels) in enumerate(loader):
    outputs = net(inputs)
    batch_loss = F.cross_entropy(outputs, labels)

weights = {"w1": torch.randn(5, 12), "b1": torch.zeros(12), "w2": torch.randn(12, 2)}
weights["b2"] = torch.zeros(2)
hidden = torch.relu(features @ weights["w1"] + weights["b1"])
out = hidden @ weights.get("w2") + weights["b2"]
for name, param in weights.items():
    grad = torch.zeros_like(param)
total = sum(p.numel() for p in weights.values())
stacked = torch.cat([weights[k].flatten() for k in ("b1", "b2")])


class Residual(nn.Module):
    def __init__(self, cin, cout, downsample=None):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2 if downsample else 1, padding=1)
        self.downsample = downsample

    def forward(self, x):
        shortcut = x
        if self.downsample:
            shortcut = self.downsample(x)
        return torch.relu(self.conv(x) + shortcut)


plain = Residual(3, 3)
reduce = Residual(3, 6, nn.Sequential(nn.Conv2d(3, 6, 1, stride=2), nn.BatchNorm2d(6)))
res1 = plain(images)
res2 = reduce(res1)

sentences = ["the cat sat down", "a dog ran fast today"]
words = " ".join(sentences).lower().split()
word_to_ix = {w: i for i, w in enumerate(sorted(set(words)))}
encoded = [torch.tensor([word_to_ix[w] for w in s.split()]) for s in sentences]
first_sentence = encoded[0]
word_counts = torch.zeros(len(words), len(sentences))

# Two lists filtered from the same text: the analysis cannot tell their lengths are equal, but a loss that does
# not raise returns a scalar.
content_words = [w for w in text.split() if len(w) > 2]
content_tags = [len(w) % 3 for w in text.split() if len(w) > 2]
tag_ids = torch.tensor(content_tags).unsqueeze(0)
word_states = torch.randn(1, len(content_words), n_embd)
tag_logits = nn.Linear(n_embd, 3)(word_states)
tag_loss = F.cross_entropy(tag_logits.transpose(1, 2), tag_ids)
tag_error = F.mse_loss(tag_logits.argmax(-1).float(), tag_ids.float(), reduction="sum")
