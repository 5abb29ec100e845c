"""Engine tests: a config the program dumps with PyYAML to a file it opened to write loads back, once the file is
closed, with `yaml.load` / `safe_load` of that path (keys sorted unless `sort_keys=False`); a file never closed,
written twice, or written by other means, and a load with `BaseLoader`, give nothing known. Truths come from
running the program (in a temporary folder)."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

ROUND_TRIP = """
import os

import torch
import yaml

config = {"name": "run", "batch_size": 4, "channels": 3, "scale": 0.5, "deep": True, "milestones": [2, 5]}
os.makedirs("models/%s" % config["name"], exist_ok=True)
with open("models/%s/config.yml" % config["name"], "w") as f:
    yaml.dump(config, f)
with open("models/run/config.yml") as f:
    loaded = yaml.load(f, Loader=yaml.FullLoader)
batch = torch.zeros(loaded["batch_size"], loaded["channels"], len(loaded["milestones"]))
first_key = torch.zeros(len(list(loaded)[0]))
with open("models/run/config.yml") as f:
    safe = yaml.safe_load(f)
deep = torch.zeros(2 if safe["deep"] else 3)
with open("kept.yml", "w") as f:
    yaml.dump(config, f, sort_keys=False)
with open("kept.yml", "r") as f:
    kept = yaml.full_load(f)
kept_key = torch.zeros(len(list(kept)[0]))
"""


def test_a_dumped_config_loads_back(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    found, truth = hints_and_truth(ROUND_TRIP, monkeypatch)
    names = ("batch", "first_key", "deep", "kept_key")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}


NOT_KNOWN = """
import yaml
import torch

config = {"batch_size": 4}
open_file = open("open.yml", "w")
yaml.dump(config, open_file)
with open("twice.yml", "w") as f:
    yaml.dump(config, f)
    yaml.dump(config, f)
with open("written.yml", "w") as f:
    yaml.dump(config, f)
    f.write("batch_size: 6\\n")
with open("base.yml", "w") as f:
    yaml.dump(config, f)
with open("base.yml") as f:
    base = yaml.load(f, Loader=yaml.BaseLoader)
with open("written.yml") as f:
    written = yaml.safe_load(f)
with open("open.yml") as f:
    unclosed = yaml.safe_load(f)
never = torch.zeros(unclosed["batch_size"]) if unclosed else None
rewritten = torch.zeros(written["batch_size"])
as_text = torch.zeros(len(base["batch_size"]))
"""


def test_a_file_not_closed_or_written_otherwise_or_read_as_text_is_not_known():
    analysis = analyse(textwrap.dedent(NOT_KNOWN), torch, "cpu", 4096, 30.0)
    hints = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    assert all(hints.get(name) in (None, "[?]") for name in ("never", "rewritten", "as_text"))
