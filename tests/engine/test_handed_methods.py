"""Unit tests: a method of a user object handed to code the engine does not interpret (a thread's target, a
callback) may be called there with other values, as a function handed there may: what was inferred inside it,
and in the object it changes, does not stand on the calls the engine saw alone."""

from engine_support import agrees, hints_and_truth

THREAD = """
import threading
import torch


class Scaler:
    def __init__(self):
        self.last = torch.zeros(1)

    def scale(self, x):
        doubled = x * 2
        self.last = doubled
        return doubled


scaler = Scaler()
first = scaler.scale(torch.zeros(3))
worker = threading.Thread(target=scaler.scale, args=(torch.zeros(5),))
worker.start()
worker.join()
last = scaler.last
"""


def test_a_method_handed_to_code_not_interpreted_may_be_called_there_with_other_values(monkeypatch):
    found, truth = hints_and_truth(THREAD, monkeypatch)
    assert truth["first"] == found["first"] == "[3]"
    assert truth["last"] == "[5]" and agrees(found.get("last"), truth["last"])
    assert found.get("doubled") != "[3]"  # the thread's call doubles a [5]
