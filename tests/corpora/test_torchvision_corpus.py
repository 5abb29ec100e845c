"""torchvision pipelines against the truth recorded by executing them (record_torchvision_truths.py: its
wheels do not load beside the CPU torch the project pins, so the programs are run where they do and their
observed shapes kept in torchvision_corpus/truths). No hint may be wrong, and the sample and batch shapes that
torchvision's datasets and transforms decide must be hinted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shape_truth
from lsp_support import client_for
from pytest_lsp import LanguageClient

CORPUS = Path(__file__).parent / "torchvision_corpus"
PROGRAMS = sorted(CORPUS.glob("*.py"))

client = client_for(options={"torchLsp": {"analysis": {"budgetSeconds": 20}}})


def recorded(path: Path) -> shape_truth.Truth:
    data = json.loads((CORPUS / "truths" / f"{path.stem}.json").read_text())
    assert not data["error"], data["error"]
    return shape_truth.Truth(path, shape_truth.targets_of(data["targets"]), None, data["duration_s"], {})


def test_every_program_has_a_recorded_truth():
    assert PROGRAMS and all((CORPUS / "truths" / f"{p.stem}.json").is_file() for p in PROGRAMS)


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
async def test_hints_agree_with_the_recorded_truth(client: LanguageClient, path: Path):
    hints = await shape_truth.server_hints(client, path)
    lines = shape_truth.joined_source(path).split("\n")
    result = shape_truth.score(path.name, recorded(path), hints, lines)
    assert not result.wrong, "wrong hints:\n" + "\n".join(result.wrong)
    assert not result.missing, "tensors without a hint:\n" + "\n".join(result.missing)
