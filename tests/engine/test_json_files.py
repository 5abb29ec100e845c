"""Engine tests: data the program dumps with `json.dump` to a file it opened to write loads back, once the file is
closed, with `json.load` of that path: numbers and strings as they were, tuples as lists, lists of an unknown length
with their items' shape, int keys as strings (sorted as ints with `sort_keys=True`); a file written twice, a load
with a hook, or a file never closed give nothing known. Truths come from running the program (in a temporary
folder)."""

import textwrap

import torch
from engine_support import agrees, hints_and_truth
from torch_lsp.analysis.engine import analyse

ROUND_TRIP = """
import json
import random

import torch

settings = {"width": 6, "kernel": (3, 5), 10: "ten", 9: "nine", "rate": 0.1}
rows = []
for _ in range(4):
    rows.append([random.random() for _ in range(7)])
with open("settings.json", "w") as f:
    json.dump(settings, f, indent=2)
with open("rows.json", "w") as f:
    json.dump(rows, f)
with open("settings.json") as f:
    loaded = json.load(f)
with open("rows.json", "r") as f:
    table = torch.tensor(json.load(f))
grid = torch.zeros(loaded["width"], *loaded["kernel"])
ten = torch.zeros(len(loaded["10"]))
nine_key = torch.zeros(len(list(loaded)[3]))
with open("sorted.json", "w") as f:
    json.dump({10: "ten", 9: "nine"}, f, sort_keys=True)
with open("sorted.json") as f:
    first_sorted = torch.zeros(len(list(json.load(f))[0]))
count = random.randint(2, 5)
drawn = [(1.0, 2.0, 3.0) for _ in range(count)]
with open("drawn.json", "w") as f:
    json.dump(drawn, f)
with open("drawn.json") as f:
    drawn_rows = torch.tensor(json.load(f))
"""


def test_dumped_data_loads_back(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    found, truth = hints_and_truth(ROUND_TRIP, monkeypatch)
    names = ("table", "grid", "ten", "nine_key", "first_sorted")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert found["drawn_rows"] == "[count, 3]" and agrees(found["drawn_rows"], truth["drawn_rows"])


NOT_KNOWN = """
import json
import torch

sizes = {"batch": 4}
left_open = open("open.json", "w")
json.dump(sizes, left_open)
with open("twice.json", "w") as f:
    json.dump(sizes, f)
    json.dump(sizes, f)
with open("hooked.json", "w") as f:
    json.dump(sizes, f)
with open("hooked.json") as f:
    hooked = json.load(f, object_hook=lambda entries: {"batch": 5})
with open("twice.json") as f:
    twice = json.load(f)
with open("open.json") as f:
    unclosed = json.load(f)
from_hooked = torch.zeros(hooked["batch"])
from_twice = torch.zeros(twice["batch"])
from_unclosed = torch.zeros(unclosed["batch"])
"""


def test_a_file_written_twice_or_left_open_or_read_with_a_hook_is_not_known():
    analysis = analyse(textwrap.dedent(NOT_KNOWN), torch, "cpu", 4096, 30.0)
    hints = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    assert all(hints.get(name) in (None, "[?]") for name in ("from_hooked", "from_twice", "from_unclosed"))
