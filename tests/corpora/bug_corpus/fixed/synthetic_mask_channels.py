import numpy as np
import torch
import torch.nn as nn


def disc_image(height, width, radius):
    rows, cols = np.mgrid[:height, :width]
    centre_r, centre_c = np.random.randint(radius, height - radius), np.random.randint(radius, width - radius)
    distance = np.sqrt((rows - centre_r) ** 2 + (cols - centre_c) ** 2)
    mask = np.logical_and(distance < radius, True)
    image = np.reshape(mask, (1, height, width)).astype(np.float32)
    return image, mask.astype(np.float32)


images, masks = zip(*[disc_image(32, 32, 6) for _ in range(8)])
rgb = np.asarray(images).repeat(3, axis=1)
inputs = torch.from_numpy(rgb)
targets = torch.from_numpy(np.asarray(masks)).unsqueeze(1)
segmenter = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 1, 1))
logits = segmenter(inputs)
loss = nn.functional.binary_cross_entropy_with_logits(logits, targets)
