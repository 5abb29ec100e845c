"""Why a variable has no shape: in the variable hover (through the protocol) and in `torch-lsp check --explain`."""

import json
import subprocess
import sys

from lsp_support import client_for, expect_hover, open_document, position_of
from pytest_lsp import LanguageClient

PROGRAM = (
    "import torch\n"
    "\n"
    "base = torch.zeros(4, 8)\n"
    "flat = base.view(open('shape.txt').read())\n"
    "doubled = torch.relu(flat)\n"
    "noise = torch.randn(3, dtype=open('dtype.txt').read())\n"
    "kept = torch.randn(3, generator=open('seed.txt'))\n"
)


client = client_for()


async def test_hover_on_a_variable_without_a_shape_says_what_could_not_be_evaluated(client: LanguageClient):
    uri = open_document(client, PROGRAM)
    flat = await expect_hover(client, uri, position_of(PROGRAM, "flat"))
    assert "shape unknown: `open('shape.txt').read()` (line 4) could not be evaluated" in flat
    doubled = await expect_hover(client, uri, position_of(PROGRAM, "doubled"))
    assert "(line 4)" in doubled  # the first cause, not the variable it reached through
    noise = await expect_hover(client, uri, position_of(PROGRAM, "noise"))
    assert "`dtype=open('dtype.txt').read()` (line 6)" in noise
    kept = await expect_hover(client, uri, position_of(PROGRAM, "kept"))
    assert "[3]" in kept and "shape unknown" not in kept  # a generator cannot change a shape


def test_check_explain_lists_variables_without_a_shape_and_a_summary_by_cause(tmp_path):
    path = tmp_path / "program.py"
    path.write_text(PROGRAM)
    command = [sys.executable, "-c", "from torch_lsp.cli import main; main()", "check", "--explain", str(path)]
    output = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False).stdout.splitlines()
    assert f"{path}:4: flat: shape unknown: `open('shape.txt').read()` (line 4) could not be evaluated" in output
    assert f"{path}:5: doubled: shape unknown: `open('shape.txt').read()` (line 4) could not be evaluated" in output
    assert not any(": kept:" in line for line in output)
    summary = output.index("3 variable(s) without a value, by cause:")
    assert [line.split() for line in output[summary + 1 : summary + 3]] == [
        ["2", "view(1)"],
        ["1", "torch.randn(dtype=)"],
    ]


def test_python_m_torch_lsp_runs_check_and_keeps_torch_warnings_about_its_probes_off_the_terminal(tmp_path):
    path = tmp_path / "broadcast.py"
    path.write_text(
        "import torch\nimport torch.nn.functional as F\n\n"
        "loss = F.mse_loss(torch.randn(4, 1), torch.randn(4))\n"
        "bad = torch.randn(4, 3) @ torch.randn(4, 3)\n"
    )
    ran = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=300, check=False)
    assert "UserWarning" in ran.stderr  # torch warns when the program itself runs
    raising = int(ran.stderr.split(f'File "{path}", line ')[-1].split(",")[0])
    checked = subprocess.run(
        [sys.executable, "-m", "torch_lsp", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert checked.stdout.startswith(f"{path}:{raising}:"), checked.stdout
    assert checked.stderr == ""


def test_check_says_which_files_its_time_budget_cut_short(tmp_path):
    path = tmp_path / "long.py"
    path.write_text(
        "import torch\n" + "".join(f"x{i} = torch.randn(8, {i + 1}) @ torch.randn({i + 1}, 4)\n" for i in range(3000))
    )
    command = [sys.executable, "-c", "from torch_lsp.cli import main; main()", "check", "--budget", "0.01"]
    text = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=300, check=False).stdout
    assert f"{path}: note: analysis stopped when its 0.01 s budget ran out" in text
    ran = subprocess.run(
        [*command, "--format", "json", str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert json.loads(ran.stdout)["cut_short"] == [str(path)]
