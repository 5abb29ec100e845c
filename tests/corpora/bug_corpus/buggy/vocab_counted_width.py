import torch
import torch.nn as nn

REVIEWS = [
    "the soup was cold and the bread was stale",
    "friendly staff and a warm room with a view",
    "the view was lovely but the room was cold",
    "stale bread cold soup and slow staff",
]
tokens = [word for review in REVIEWS for word in review.split()]
index = {}
for word in tokens:
    if word not in index:
        index[word] = len(index)
counts = torch.zeros(len(REVIEWS), len(index))
for row, review in enumerate(REVIEWS):
    for word in review.split():
        counts[row, index[word]] += 1
scorer = nn.Linear(len(tokens), 1)
scores = scorer(counts)
