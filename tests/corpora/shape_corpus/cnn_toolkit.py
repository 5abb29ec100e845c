"""CNN toolkit: BatchNorm, depthwise conv, interpolate, unfold, channel statistics, mixup, scatter, bucketize, grad
accumulation, a weight-normed dilated causal convolution and a spectral-normed critic."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

NUM_CLASSES = 5


class DepthwiseSeparable(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.depthwise = nn.Conv2d(in_channels, in_channels, kernel_size=3, padding=1, groups=in_channels, bias=False)
        self.pointwise = nn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)

    def forward(self, x):
        x = self.depthwise(x)
        x = self.pointwise(x)
        return F.relu(self.bn(x))


class SmallCNN(nn.Module):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(16),
            nn.ReLU(inplace=True),
        )
        self.block1 = DepthwiseSeparable(16, 32)
        self.pool = nn.MaxPool2d(2)
        self.block2 = DepthwiseSeparable(32, 64)
        self.dropout = nn.Dropout2d(0.1)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.stem(x)
        x = self.pool(self.block1(x))
        x = self.dropout(self.block2(x))
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


def mixup(inputs, targets, alpha=0.4):
    lam = float(torch.distributions.Beta(alpha, alpha).sample())
    index = torch.randperm(inputs.size(0))
    mixed = lam * inputs + (1 - lam) * inputs[index]
    targets_a, targets_b = targets, targets[index]
    return mixed, targets_a, targets_b, lam


def topk_accuracy(output, target, topk=(1, 3)):
    maxk = max(topk)
    batch_size = target.size(0)
    _, pred = output.topk(maxk, dim=1, largest=True, sorted=True)
    pred = pred.t()
    correct = pred.eq(target.view(1, -1).expand_as(pred))
    results = []
    for k in topk:
        correct_k = correct[:k].reshape(-1).float().sum(0, keepdim=True)
        results.append(correct_k.mul_(100.0 / batch_size))
    return results


images = torch.randn(64, 3, 16, 16)
labels = torch.randint(0, NUM_CLASSES, (64,))

# channel-wise statistics for normalisation
channel_mean = images.mean(dim=(0, 2, 3))
channel_var = images.var(dim=(0, 2, 3), unbiased=False)
channel_std = channel_var.sqrt()
normalized = (images - channel_mean[None, :, None, None]) / channel_std.view(1, 3, 1, 1)

# resizing and patch extraction
upsampled = F.interpolate(normalized[:4], scale_factor=2, mode="nearest")
resized = F.interpolate(normalized[:4], size=(24, 24), mode="bilinear", align_corners=False)
patches = F.unfold(normalized[:4], kernel_size=4, stride=4)
patch_vectors = patches.transpose(1, 2)

# one-hot and per-class sums with scatter_ / index_add_
one_hot = torch.zeros(labels.size(0), NUM_CLASSES).scatter_(1, labels.unsqueeze(1), 1.0)
class_counts = one_hot.sum(dim=0)
pixel_means = normalized.mean(dim=(1, 2, 3))
class_sums = torch.zeros(NUM_CLASSES).index_add_(0, labels, pixel_means)
class_means = class_sums / class_counts.clamp(min=1)

# histogram of brightness with bucketize
boundaries = torch.linspace(-0.5, 0.5, steps=4)
brightness_bins = torch.bucketize(pixel_means, boundaries)
bin_counts = torch.bincount(brightness_bins, minlength=boundaries.numel() + 1)

dataset = TensorDataset(normalized, labels)
loader = DataLoader(dataset, batch_size=8, shuffle=True, drop_last=True)
model = SmallCNN()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.9)
accumulation_steps = 2

for epoch in range(2):
    model.train()
    optimizer.zero_grad()
    for step, (batch_images, batch_labels) in enumerate(loader):
        mixed, targets_a, targets_b, lam = mixup(batch_images, batch_labels)
        logits = model(mixed)
        loss_a = F.cross_entropy(logits, targets_a)
        loss_b = F.cross_entropy(logits, targets_b)
        loss = (lam * loss_a + (1 - lam) * loss_b) / accumulation_steps
        loss.backward()
        if (step + 1) % accumulation_steps == 0:
            optimizer.step()
            optimizer.zero_grad()
    scheduler.step()

model.eval()
with torch.no_grad():
    eval_logits = model(normalized[:16])
    probs = eval_logits.softmax(dim=1)
    top1, top3 = topk_accuracy(eval_logits, labels[:16])
    predictions = probs.argmax(dim=1)
    soft_mix = torch.lerp(normalized[0], normalized[1], 0.3)
    feature_maps = model.block2(model.pool(model.block1(model.stem(normalized[:2]))))
    pooled = model.avgpool(feature_maps)
    flat_features = torch.flatten(pooled, start_dim=1)

dilated = nn.utils.weight_norm(nn.Conv1d(4, 8, 3, padding=4, dilation=2))
sequence = dilated(torch.randn(2, 4, 20))[:, :, :-4].contiguous()
magnitude = dilated.weight_g
bounded = nn.utils.parametrizations.spectral_norm(nn.Linear(8, 3))
critic_scores = bounded(sequence.mean(dim=2))
