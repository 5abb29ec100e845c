import torch

before = torch.zeros(3)
local = torch.hub.load("__HUBREPO__", "model", source="local")
remote = torch.hub.load("pytorch/vision", "resnet18", weights=None)
torch.hub.download_url_to_file("http://127.0.0.1:__PORT__/weights.pt", "__SENTINEL__")
torch.hub.load_state_dict_from_url("http://127.0.0.1:__PORT__/weights.pt", model_dir="__SENTINEL__")
torch.hub.set_dir("__SENTINEL__")
listed = torch.hub.list("__HUBREPO__", source="local")
after = torch.ones(2, 2)
