import torch

before = torch.zeros(3)
torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
torch.set_default_device("meta")
torch.set_num_threads(1)
torch.set_num_threads(8)
torch.set_grad_enabled(False)
torch.use_deterministic_algorithms(True)
torch.set_printoptions(precision=1)
torch.autograd.set_detect_anomaly(True)
torch.backends.cudnn.benchmark = True
torch.Tensor.__add__ = lambda self, other: None
torch.zeros = torch.ones
setattr(torch, "cat", None)
torch.nn.functional.relu = print
after = torch.ones(2, 2)
