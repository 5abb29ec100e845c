import json

import torch
import torch.nn as nn

SETTINGS = '{"features": 12, "widths": [24, 16], "outputs": 3, "rows": 5}'
settings = json.loads(SETTINGS)
layers = []
previous = settings["features"]
for width in settings["widths"]:
    layers += [nn.Linear(previous, width), nn.ReLU()]
    previous = width
layers.append(nn.Linear(previous, settings["outputs"]))
net = nn.Sequential(*layers)
batch = torch.randn(settings["rows"], settings["widths"][0])
scores = net(batch)
