"""Losses and metrics: cross entropy variants, BCE, MSE, one-hot, accuracy, confusion matrix."""

import torch
import torch.nn as nn
import torch.nn.functional as F

num_classes, batch = 5, 12
logits = torch.randn(batch, num_classes, requires_grad=True)
labels = torch.arange(batch) % num_classes

ce = F.cross_entropy(logits, labels)
ce_none = F.cross_entropy(logits, labels, reduction="none")
ce_smooth = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels)
log_probs = F.log_softmax(logits, dim=1)
nll = F.nll_loss(log_probs, labels)
soft_targets = F.softmax(torch.randn(batch, num_classes), dim=1)
ce_soft = F.cross_entropy(logits, soft_targets)

seq_logits = torch.randn(2, num_classes, 7)
seq_labels = torch.zeros(2, 7, dtype=torch.long)
seq_ce = F.cross_entropy(seq_logits, seq_labels, reduction="none")

binary_logits = torch.randn(batch)
binary_targets = (torch.arange(batch) % 2).float()
bce = F.binary_cross_entropy_with_logits(binary_logits, binary_targets)
bce_probs = nn.BCELoss()(torch.sigmoid(binary_logits), binary_targets)
mse = F.mse_loss(torch.randn(batch, 3), torch.zeros(batch, 3))
mse_none = nn.MSELoss(reduction="none")(torch.randn(batch, 3), torch.zeros(batch, 3))
l1 = F.l1_loss(torch.randn(4), torch.zeros(4))
huber = F.smooth_l1_loss(torch.randn(4, 2), torch.zeros(4, 2), reduction="sum")
kl = F.kl_div(log_probs, soft_targets, reduction="batchmean")
triplet = F.triplet_margin_loss(torch.randn(6, 8), torch.randn(6, 8), torch.randn(6, 8))

one_hot = F.one_hot(labels, num_classes)
one_hot_float = one_hot.float()
predictions = logits.argmax(dim=1)
correct = (predictions == labels)
accuracy = correct.float().mean()
top3 = logits.topk(3, dim=1).indices
top3_hit = (top3 == labels.unsqueeze(1)).any(dim=1)
confusion = torch.zeros(num_classes, num_classes, dtype=torch.long)
flat_index = labels * num_classes + predictions
counts = torch.bincount(flat_index, minlength=num_classes * num_classes)
confusion = counts.reshape(num_classes, num_classes)
per_class_recall = confusion.diag() / confusion.sum(dim=1).clamp(min=1)
ce.backward()
grad = logits.grad
