import torch
import torch.nn as nn
from data import N_FEATURES, make_loader
from models import build


def main():
    model = build(5)
    loader = make_loader()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    for xb, yb in loader:
        logits = model(xb)
        loss = loss_fn(logits, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    probe = torch.randn(3, N_FEATURES)
    scores = model(probe)
    return scores


if __name__ == "__main__":
    main()
