"""A single-stage detector head whose anchors are laid out with NumPy over each feature map, then matched to
boxes by IoU in torch, suppressed with a byte mask as older detection code does, hard negatives ranked with a
LongTensor of a range."""

import numpy as np
import torch
from torch import nn


def base_boxes(size, ratios, scales):
    count = len(ratios) * len(scales)
    boxes = np.zeros((count, 4))
    boxes[:, 2:] = size * np.tile(scales, (2, len(ratios))).T
    areas = boxes[:, 2] * boxes[:, 3]
    boxes[:, 2] = np.sqrt(areas / np.repeat(ratios, len(scales)))
    boxes[:, 3] = boxes[:, 2] * np.repeat(ratios, len(scales))
    boxes[:, 0::2] -= np.tile(boxes[:, 2] * 0.5, (2, 1)).T
    boxes[:, 1::2] -= np.tile(boxes[:, 3] * 0.5, (2, 1)).T
    return boxes


def spread(feature_size, stride, boxes):
    cx = (np.arange(0, feature_size[1]) + 0.5) * stride
    cy = (np.arange(0, feature_size[0]) + 0.5) * stride
    cx, cy = np.meshgrid(cx, cy)
    centres = np.stack([cx.ravel(), cy.ravel(), cx.ravel(), cy.ravel()], axis=1)
    per_cell = boxes.shape[0]
    cells = centres.shape[0]
    grid = boxes.reshape((1, per_cell, 4)) + centres.reshape((1, cells, 4)).transpose((1, 0, 2))
    return grid.reshape((cells * per_cell, 4))


class AnchorGrid(nn.Module):
    def __init__(self, strides=(8, 16)):
        super().__init__()
        self.strides = list(strides)
        self.ratios = np.array([0.5, 1.0, 2.0])
        self.scales = np.array([1.0, 1.26])

    def forward(self, images):
        size = np.array(images.shape[2:])
        feature_sizes = [(size + s - 1) // s for s in self.strides]
        layout = np.zeros((0, 4)).astype(np.float32)
        for stride, feature_size in zip(self.strides, feature_sizes, strict=True):
            boxes = base_boxes(stride * 4, self.ratios, self.scales)
            layout = np.append(layout, spread(feature_size, stride, boxes), axis=0)
        layout = np.expand_dims(layout, axis=0)
        return torch.from_numpy(layout.astype(np.float32))


def box_iou(a, b):
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    iw = torch.min(a[:, 2:3], b[:, 2]) - torch.max(a[:, 0:1], b[:, 0])
    ih = torch.min(a[:, 3:4], b[:, 3]) - torch.max(a[:, 1:2], b[:, 1])
    inter = iw.clamp(min=0) * ih.clamp(min=0)
    union = ((a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])).unsqueeze(1) + area - inter
    return inter / union.clamp(min=1e-8)


class Head(nn.Module):
    def __init__(self, channels, per_cell, classes):
        super().__init__()
        self.cls = nn.Conv2d(channels, per_cell * classes, 3, padding=1)
        self.reg = nn.Conv2d(channels, per_cell * 4, 3, padding=1)
        self.classes = classes

    def forward(self, feature):
        n = feature.shape[0]
        scores = self.cls(feature).permute(0, 2, 3, 1).reshape(n, -1, self.classes)
        deltas = self.reg(feature).permute(0, 2, 3, 1).reshape(n, -1, 4)
        return scores, deltas


images = torch.randn(2, 3, 48, 64)
anchors = AnchorGrid()(images)
stem = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(), nn.Conv2d(16, 16, 3, stride=4, padding=1))
feature = stem(images)
scores, deltas = Head(16, 6, 5)(feature)
gt = torch.tensor([[4.0, 4.0, 20.0, 30.0], [30.0, 10.0, 60.0, 40.0], [0.0, 0.0, 8.0, 8.0]])
fine = anchors[0, : scores.shape[1], :]
iou = box_iou(fine, gt)
best, which = iou.max(dim=1)
matched = gt[which]
widths = fine[:, 2] - fine[:, 0]
centre_x = fine[:, 0] + 0.5 * widths
target_dx = ((matched[:, 0] + matched[:, 2]) / 2 - centre_x) / widths
loss = (deltas[0, :, 0] - target_dx).abs().mean()
suppress = torch.zeros(fine.size(0), dtype=torch.uint8)
suppress = torch.max(suppress, (best < 0.1).to(torch.uint8))
kept_boxes = fine[1 - suppress]
n_priors = fine.size(0)
negative_loss = torch.rand(2, n_priors)
hardness_ranks = torch.LongTensor(range(n_priors)).unsqueeze(0).expand_as(negative_loss)
n_hard = torch.tensor([5, 9])
hard_negatives = hardness_ranks < n_hard.unsqueeze(1)
