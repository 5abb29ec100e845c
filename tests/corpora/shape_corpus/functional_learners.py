"""A functional learner in the style of meta-learning code: weights kept in a ParameterList built from a layer
table, a forward dispatched on kind names with `continue` and `break`, fast weights from autograd.grad, a
low-rank adapter written with explicit base-class calls, and a router that splits tokens by data-decided counts."""

import torch
import torch.nn.functional as F
from torch import nn

config = [
    ("conv2d", [16, 1, 3, 3, 2, 0]),
    ("relu", [True]),
    ("bn", [16]),
    ("conv2d", [16, 16, 3, 3, 2, 0]),
    ("relu", [True]),
    ("bn", [16]),
    ("flatten", []),
    ("linear", [5, 16 * 6 * 6]),
    ("stop", []),
    ("linear", [7, 5]),
]


class Learner(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.vars = nn.ParameterList()
        self.vars_bn = nn.ParameterList()
        for name, param in self.config:
            if name in ["relu", "flatten"]:
                continue
            if name == "stop":
                break
            if name == "conv2d":
                weight = nn.Parameter(torch.ones(*param[:4]))
                nn.init.kaiming_normal_(weight)
                self.vars.append(weight)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))
            elif name == "linear":
                weight = nn.Parameter(torch.ones(*param))
                self.vars.append(weight)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))
            elif name == "bn":
                self.vars.append(nn.Parameter(torch.ones(param[0])))
                self.vars.append(nn.Parameter(torch.zeros(param[0])))
                running_mean = nn.Parameter(torch.zeros(param[0]), requires_grad=False)
                running_var = nn.Parameter(torch.ones(param[0]), requires_grad=False)
                self.vars_bn.extend([running_mean, running_var])

    def forward(self, x, vars=None):
        if vars is None:
            vars = self.vars
        idx = 0
        bn_idx = 0
        for name, param in self.config:
            if name == "stop":
                break
            if name == "conv2d":
                w, b = vars[idx], vars[idx + 1]
                x = F.conv2d(x, w, b, stride=param[4], padding=param[5])
                idx += 2
            elif name == "linear":
                w, b = vars[idx], vars[idx + 1]
                x = F.linear(x, w, b)
                idx += 2
            elif name == "bn":
                w, b = vars[idx], vars[idx + 1]
                mean, var = self.vars_bn[bn_idx], self.vars_bn[bn_idx + 1]
                x = F.batch_norm(x, mean, var, weight=w, bias=b, training=True)
                idx += 2
                bn_idx += 2
            elif name == "flatten":
                x = x.view(x.size(0), -1)
            elif name == "relu":
                x = F.relu(x, inplace=param[0])
        return x


learner = Learner(config)
support = torch.randn(5, 1, 28, 28)
labels = torch.randint(0, 5, (5,))
logits = learner(support)
loss = F.cross_entropy(logits, labels)
grads = torch.autograd.grad(loss, list(learner.vars))
fast_weights = [p - 0.4 * g for p, g in zip(learner.vars, grads)]
query_logits = learner(torch.randn(15, 1, 28, 28), fast_weights)
first_kernel = fast_weights[0]


class Scale:
    def __init__(self, rank, alpha):
        self.rank = rank
        self.scaling = alpha / rank


class AdaptedLinear(nn.Linear, Scale):
    def __init__(self, fan_in, fan_out, rank=4, alpha=8, **kwargs):
        nn.Linear.__init__(self, fan_in, fan_out, **kwargs)
        Scale.__init__(self, rank, alpha)
        self.lora_a = nn.Parameter(self.weight.new_zeros((rank, fan_in)))
        self.lora_b = nn.Parameter(self.weight.new_zeros((fan_out, rank)))

    def forward(self, x):
        base = nn.Linear.forward(self, x)
        update = x @ self.lora_a.transpose(0, 1) @ self.lora_b.transpose(0, 1)
        return base + update * self.scaling


adapter = AdaptedLinear(32, 48, bias=False)
adapted = adapter(torch.randn(3, 10, 32))
down = adapter.lora_a


class Router(nn.Module):
    def __init__(self, width, experts):
        super().__init__()
        self.gate = nn.Linear(width, experts)
        self.experts = nn.ModuleList([nn.Linear(width, width) for _ in range(experts)])

    def forward(self, tokens):
        choice = self.gate(tokens).argmax(-1)
        order = choice.argsort()
        counts = torch.bincount(choice, minlength=len(self.experts)).tolist()
        groups = tokens[order].split(counts, dim=0)
        outputs = [expert(group) for expert, group in zip(self.experts, groups)]
        merged = torch.cat(outputs, 0)
        return torch.zeros_like(tokens).index_copy(0, order, merged)


routed = Router(24, 4)(torch.randn(12, 24))
