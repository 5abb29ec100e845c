"""Each buggy program really fails where torch-lsp says it does; the fixed programs run and stay clean."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "bug_corpus"
BUGGY = sorted((CORPUS / "buggy").glob("*.py"))
LOCATE = CORPUS / "run_and_locate.py"
# The first test also runs every buggy program to find the line where torch raises.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def raising_lines() -> dict[str, int]:
    """Execute every program (buggy and fixed): the line where each raised, 0 if it ran to the end."""
    paths = [str(p) for p in BUGGY] + [str(CORPUS / "fixed" / p.name) for p in BUGGY]
    result = subprocess.run(
        [sys.executable, str(LOCATE), *paths], capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def check(paths: list[Path]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", "from torch_lsp.cli import main; main()", "check", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def reports() -> dict[str, list[dict]]:
    found = check(BUGGY + [CORPUS / "fixed" / p.name for p in BUGGY])
    by_path: dict[str, list[dict]] = {}
    for diagnostic in found["diagnostics"]:
        by_path.setdefault(diagnostic["path"], []).append(diagnostic)
    return by_path


@pytest.mark.parametrize("program", BUGGY, ids=[p.stem for p in BUGGY])
def test_the_bug_is_flagged_on_the_line_where_torch_raises(program: Path, reports, raising_lines):
    line = raising_lines[str(program)]
    assert line > 0, "a corpus program must really fail"
    errors = [d for d in reports.get(str(program), []) if d["severity"] == "error"]
    assert [d["line"] for d in errors] == [line]


@pytest.mark.parametrize("program", BUGGY, ids=[p.stem for p in BUGGY])
def test_the_fixed_program_runs_and_has_no_diagnostics(program: Path, reports, raising_lines):
    fixed = CORPUS / "fixed" / program.name
    assert raising_lines[str(fixed)] == 0
    assert reports.get(str(fixed), []) == []
