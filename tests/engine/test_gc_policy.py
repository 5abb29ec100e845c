"""Full garbage collections wait for `collect_if_due` once deferred."""

import gc

import pytest
from torch_lsp.gc_policy import collect_if_due, defer_full_collections


@pytest.fixture
def deferred():
    threshold = gc.get_threshold()
    gc.collect()
    defer_full_collections()
    yield
    gc.set_threshold(*threshold)


def survivors(count: int = 300_000) -> list[list]:
    """Containers that live long enough to reach the oldest generation (what makes CPython collect it)."""
    return [[] for _ in range(count)]


def test_no_full_collection_starts_by_itself(deferred):
    collections = gc.get_stats()[2]["collections"]
    kept = survivors()
    assert gc.get_stats()[2]["collections"] == collections
    assert gc.get_count()[2] >= 10 and kept


def test_collect_if_due_runs_a_full_collection_when_due(deferred):
    kept = survivors()
    collections = gc.get_stats()[2]["collections"]
    assert collect_if_due()
    assert gc.get_stats()[2]["collections"] == collections + 1
    assert gc.get_count()[2] == 0 and kept


def test_collect_if_due_does_nothing_before_it_is_due(deferred):
    collections = gc.get_stats()[2]["collections"]
    assert not collect_if_due()
    assert gc.get_stats()[2]["collections"] == collections
