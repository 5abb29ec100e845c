"""Around a training loop: custom Dataset, random_split, loaders, grad clipping, EMA, early stop, checkpoint."""

import copy
import io

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset, random_split

torch.manual_seed(0)


class BlobDataset(Dataset):
    """Gaussian blobs around random class centres."""

    def __init__(self, num_samples=230, num_features=10, num_classes=4):
        self.centres = torch.randn(num_classes, num_features) * 3.0
        self.labels = torch.randint(0, num_classes, (num_samples,))
        noise = torch.randn(num_samples, num_features)
        self.features = self.centres[self.labels] + noise

    def __len__(self):
        return self.labels.size(0)

    def __getitem__(self, idx):
        features = self.features[idx]
        label = self.labels[idx]
        return features, label


dataset = BlobDataset()
first_features, first_label = dataset[0]
train_set, val_set = random_split(dataset, [180, 50])
train_loader = DataLoader(train_set, batch_size=32, shuffle=True, drop_last=False)
val_loader = DataLoader(val_set, batch_size=16, drop_last=False)

model = nn.Sequential(
    nn.Linear(10, 64),
    nn.ReLU(),
    nn.Dropout(0.2),
    nn.LayerNorm(64),
    nn.Linear(64, 4),
)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
warmup_steps = 10
scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / warmup_steps))

ema_model = copy.deepcopy(model)
ema_params = [p.detach().clone() for p in model.parameters()]
ema_decay = 0.99

best_val_loss = torch.tensor(float("inf"))
patience, bad_epochs = 2, 0
best_state = None

for epoch in range(3):
    model.train()
    grad_norms = []
    for xb, yb in train_loader:
        logits = model(xb)
        loss = F.cross_entropy(logits, yb)
        optimizer.zero_grad()
        loss.backward()
        total_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        grad_norms.append(total_norm)
        optimizer.step()
        scheduler.step()
        with torch.no_grad():
            for param, ema_param in zip(model.parameters(), ema_params):
                ema_param.mul_(ema_decay).add_(param.detach(), alpha=1 - ema_decay)
    epoch_grad_norms = torch.stack(grad_norms)
    last_batch_size = xb.shape[0]

    model.eval()
    val_losses = []
    correct = []
    with torch.inference_mode():
        for xb, yb in val_loader:
            val_logits = model(xb)
            val_losses.append(F.cross_entropy(val_logits, yb, reduction="sum"))
            preds = val_logits.argmax(dim=1)
            batch_acc = (preds == yb).float().mean()
            correct.append(preds == yb)
    val_loss = torch.stack(val_losses).sum() / len(val_set)
    val_acc = torch.cat(correct).float().mean()

    if val_loss < best_val_loss:
        best_val_loss = val_loss.clone()
        best_state = {name: tensor.clone() for name, tensor in model.state_dict().items()}
        bad_epochs = 0
    else:
        bad_epochs += 1
        if bad_epochs >= patience:
            break

current_lr = scheduler.get_last_lr()[0]

# Copy the EMA weights into a second model for evaluation.
with torch.no_grad():
    for target_param, ema_param in zip(ema_model.parameters(), ema_params):
        target_param.copy_(ema_param)

# Collect predictions batch by batch, then concatenate.
ema_model.eval()
all_logits = []
all_labels = []
with torch.inference_mode():
    for xb, yb in val_loader:
        batch_logits = ema_model(xb)
        all_logits.append(batch_logits)
        all_labels.append(yb)
val_logits_all = torch.cat(all_logits)
val_labels_all = torch.cat(all_labels)
val_probs = val_logits_all.softmax(dim=-1)
confidence, val_preds = val_probs.max(dim=-1)
ema_accuracy = (val_preds == val_labels_all).float().mean()
confusion = torch.zeros(4, 4, dtype=torch.long)
confusion.index_put_((val_labels_all, val_preds), torch.ones_like(val_preds), accumulate=True)
per_class_recall = confusion.diag().float() / confusion.sum(dim=1).clamp(min=1)

# Checkpoint to an in-memory buffer and restore.
buffer = io.BytesIO()
torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "best": best_val_loss}, buffer)
buffer.seek(0)
checkpoint = torch.load(buffer)
sd = checkpoint["model"]
first_weight = sd["0.weight"]
first_bias = sd["0.bias"]
norm_weight = sd["3.weight"]
head_weight = sd["4.weight"]
restored_best = checkpoint["best"]
model.load_state_dict(best_state)
param_count = sum(p.numel() for p in model.parameters())
flat_params = torch.cat([p.detach().flatten() for p in model.parameters()])

model.eval()
with torch.inference_mode():
    sample_batch = torch.stack([dataset[i][0] for i in range(5)])
    sample_logits = model(sample_batch)
    sample_preds = sample_logits.argmax(dim=-1)
