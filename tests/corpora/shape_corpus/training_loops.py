"""Training-loop patterns: TensorDataset, random_split, DataLoader with drop_last True and False, an LBFGS
step given a closure (which the optimizer calls: the model sees its batch too), a progress wrapper whose
`__iter__` walks a loader, and minibatches from a generator function."""

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset, random_split

features = torch.randn(250, 12)
weights_true = torch.randn(12, 1)
targets = features @ weights_true + 0.1 * torch.randn(250, 1)
dataset = TensorDataset(features, targets)
train_set, val_set, test_set = random_split(dataset, [150, 60, 40])

train_loader = DataLoader(train_set, batch_size=32, shuffle=True, drop_last=True)
val_loader = DataLoader(val_set, batch_size=32, drop_last=False)
test_loader = DataLoader(test_set, batch_size=16)
full_loader = DataLoader(dataset, batch_size=50)

model = nn.Sequential(
    nn.Linear(12, 32),
    nn.ReLU(),
    nn.Dropout(0.1),
    nn.Linear(32, 1),
)
loss_fn = nn.MSELoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

history = []
for epoch in range(2):
    model.train()
    for inputs, labels in train_loader:
        predictions = model(inputs)
        loss = loss_fn(predictions, labels)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        optimizer.step()
    scheduler.step()

    model.eval()
    val_losses = []
    with torch.no_grad():
        for inputs, labels in val_loader:
            predictions = model(inputs)
            batch_loss = loss_fn(predictions, labels)
            val_losses.append(batch_loss)
    mean_val = torch.stack(val_losses).mean()
    history.append(mean_val.item())

all_predictions = []
with torch.no_grad():
    for batch in test_loader:
        x_batch, y_batch = batch
        all_predictions.append(model(x_batch))
test_predictions = torch.cat(all_predictions)
residuals = test_predictions - torch.cat([y for _, y in test_loader])

for step, (inputs, labels) in enumerate(full_loader):
    full_predictions = model(inputs)

batch_x, batch_y = next(iter(train_loader))
sample_x, sample_y = train_set[0]


class Smoother(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = torch.nn.LSTMCell(1, 12)
        self.out = torch.nn.Linear(12, 1)

    def forward(self, series):
        state = torch.zeros(series.size(0), 12)
        memory = torch.zeros(series.size(0), 12)
        steps = []
        for column in series.split(1, dim=1):
            state, memory = self.cell(column, (state, memory))
            steps.append(self.out(state))
        return torch.cat(steps, dim=1)


smoother = Smoother()
history = torch.randn(16, 10)
lbfgs = torch.optim.LBFGS(smoother.parameters(), lr=0.5)


def closure():
    lbfgs.zero_grad()
    fitted = smoother(history)
    fit_loss = torch.nn.functional.mse_loss(fitted, history)
    fit_loss.backward()
    return fit_loss


lbfgs.step(closure)
with torch.no_grad():
    preview = smoother(history[:3])

for round_ in range(2):  # LBFGS calls a closure that changes nothing outside itself any number of times

    def refit():
        lbfgs.zero_grad()
        refitted = smoother(history)
        refit_loss = torch.nn.functional.mse_loss(refitted, history)
        refit_loss.backward()
        return refit_loss

    first_loss = lbfgs.step(refit)


class Progress:
    """A progress bar in the style of tqdm: iterating it iterates what it wraps."""

    def __init__(self, iterable, every=1):
        self.iterable = iterable
        self.every = every
        self.count = 0

    def __iter__(self):
        for item in self.iterable:
            self.count += 1
            yield item


for step, (progress_x, progress_y) in enumerate(Progress(full_loader)):
    progress_loss = loss_fn(model(progress_x), progress_y)


class Countdown:
    """An iterator object: `__iter__` returns itself, `__next__` gives a noise vector until the count runs out."""

    def __init__(self, steps):
        self.steps = steps

    def __iter__(self):
        return self

    def __next__(self):
        if self.steps == 0:
            raise StopIteration
        self.steps -= 1
        return torch.randn(12)


for noise in Countdown(3):
    noisy_prediction = model(noise)


def minibatches(inputs, labels, size):
    """Shuffled minibatches of `size` rows; the last may be smaller."""
    order = torch.randperm(inputs.shape[0])
    for start in range(0, inputs.shape[0], size):
        rows = order[start : start + size]
        yield inputs[rows], labels[rows]
    return order


for batch_x, batch_y in minibatches(features, targets, 64):
    batch_loss = loss_fn(model(batch_x), batch_y)
