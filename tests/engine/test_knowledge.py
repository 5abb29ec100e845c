"""The knowledge base: strict loading, every example verified on CPU, corrections reported."""

import re
import subprocess
import sys

import pytest
from torch_lsp.knowledge import loader
from torch_lsp.knowledge.checked import CheckedExamples, named_in
from torch_lsp.knowledge.loader import KnowledgeError, build, load
from torch_lsp.knowledge.lookup import EntryIndex
from torch_lsp.knowledge.model import Example, Expectation, Text
from torch_lsp.knowledge.report import render_markdown
from torch_lsp.knowledge.verify import CORRECTED, FAIL, PASS, SKIPPED, Outcome, run_example

TOPIC = '[topic]\nid = "t"\nzh = "主题"\nen = "Topic"\n'


def test_every_entry_has_both_languages_and_unique_names():
    kb = load()
    assert len(kb.entries) > 150
    for entry in kb.entries:
        assert entry.text.zh and entry.text.en, entry.name
    names = [n for e in kb.entries for n in (e.name, *e.aliases)]
    assert len(names) == len(set(names))


def test_parsed_data_files_are_cached_as_json_and_rebuilt_when_unreadable_or_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    files = [("t.toml", TOPIC)]
    assert loader._parsed(files) == [{"topic": {"id": "t", "zh": "主题", "en": "Topic"}}]
    (cached,) = (tmp_path / "torch-lsp").glob("knowledge-*.json")
    cached.write_text('[{"topic": {"id": "from-cache", "zh": "甲", "en": "a"}}]', encoding="utf-8")
    assert loader._parsed(files)[0]["topic"]["id"] == "from-cache"
    cached.write_text("{not json", encoding="utf-8")
    assert loader._parsed(files)[0]["topic"]["id"] == "t"
    changed = [("t.toml", TOPIC.replace('"t"', '"u"'))]
    assert loader._parsed(changed)[0]["topic"]["id"] == "u"
    assert len(list((tmp_path / "torch-lsp").glob("knowledge-*.json"))) == 2


def test_unknown_keys_are_rejected():
    bad = TOPIC + '[[entry]]\nname = "torch.x"\nkind = "function"\nzh = "甲"\nen = "a"\ntypo = 1\n'
    with pytest.raises(KnowledgeError, match="unknown keys"):
        build([("bad.toml", bad)])


def test_notes_must_apply_to_known_entries():
    bad = TOPIC + (
        '[[note]]\nid = "n"\napplies_to = ["torch.nothing"]\n'
        'title = { zh = "甲", en = "a" }\nbody = { zh = "乙", en = "b" }\n'
    )
    with pytest.raises(KnowledgeError, match="unknown entries"):
        build([("bad.toml", bad)])


def test_source_defaults_to_the_sheet_and_marks_entries_written_for_torch_lsp():
    entries = TOPIC + (
        '[[entry]]\nname = "torch.a"\nkind = "function"\nzh = "甲"\nen = "a"\n'
        '[[entry]]\nname = "torch.b"\nkind = "function"\nzh = "乙"\nen = "b"\nsource = "torch-lsp"\n'
    )
    kb = build([("t.toml", entries)])
    assert [e.source for e in kb.entries] == ["sheet", "torch-lsp"]
    with pytest.raises(KnowledgeError, match="source must be one of"):
        build([("bad.toml", entries.replace('"torch-lsp"', '"docs"'))])
    bundled = load()
    cat, relu = bundled.lookup("torch.cat"), bundled.lookup("torch.nn.functional.relu")
    assert cat is not None and relu is not None
    assert cat.source == "sheet"
    assert relu.source == "torch-lsp"


def test_entries_written_for_torch_lsp_have_examples_and_full_width_chinese_punctuation():
    ascii_next_to_han = re.compile(r"[\u4e00-\u9fff][,:;()?!]|[,:;()?!][\u4e00-\u9fff]")
    written = [e for e in load().entries if e.source == "torch-lsp"]
    assert len(written) >= 189
    for entry in written:
        assert entry.examples, entry.name
        for text in (entry.text.zh, *(p.text.zh for p in entry.params)):
            assert not ascii_next_to_han.search(text), (entry.name, text)


def test_related_entries_must_exist_and_link_functional_and_module_forms():
    bad = TOPIC + '[[entry]]\nname = "torch.a"\nkind = "function"\nzh = "甲"\nen = "a"\nrelated = ["torch.b"]\n'
    with pytest.raises(KnowledgeError, match="relates to unknown entries"):
        build([("bad.toml", bad)])
    kb = load()
    functional, layer = kb.lookup("torch.nn.functional.relu"), kb.lookup("torch.nn.ReLU")
    assert functional is not None and layer is not None
    assert "torch.nn.ReLU" in functional.related
    assert "torch.nn.functional.relu" in layer.related


def test_uncovered_names_are_those_the_hover_finds_no_entry_for():
    import torch

    names = [
        "torch.nn.functional.relu",
        "torch.nn.modules.normalization.LayerNorm",
        "torch.long",
        "torch.Tensor.size",
        "torch.Tensor.no_such_method",
    ]
    assert EntryIndex(load()).uncovered(names, torch) == ["torch.Tensor.no_such_method"]


def test_a_wrong_sheet_claim_must_be_marked_as_corrected():
    setup = "x = torch.arange(6).reshape(2, 3)"
    truth = Expectation(shape=(3,), values=[3, 5, 7])
    sheet = Expectation(values=[3, 5, 8])
    unmarked = Example(code="x.sum(dim=0)", setup=setup, expect=truth, sheet=sheet)
    marked = Example(code="x.sum(dim=0)", setup=setup, expect=truth, sheet=sheet, correction=Text("改", "fixed"))
    needless = Example(code="x.sum(dim=0)", setup=setup, expect=truth, sheet=truth, correction=Text("改", "fixed"))
    assert run_example("e", unmarked, "cpu").status == FAIL
    assert run_example("e", marked, "cpu").status == CORRECTED
    assert run_example("e", needless, "cpu").status == FAIL
    assert run_example("e", Example(code="x.sum(dim=0)", setup=setup, expect=truth), "cpu").status == PASS


def test_verify_on_cpu_passes_and_reports_corrections():
    result = subprocess.run(
        [sys.executable, "-c", "from torch_lsp.cli import main; main()", "verify", "--device", "cpu", "--quiet"],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert "failed 0" in summary and "(device: cpu)" in summary
    corrected = int(summary.split("corrected ")[1].split(",")[0])
    assert corrected >= 20
    assert result.stdout.count("corrected ") >= corrected


def test_markdown_report_in_chinese_leads_with_the_counts_and_uses_full_width_punctuation():
    outcomes = [
        Outcome("torch.cat", "torch.cat([a, b])", "[4, 3]", PASS, "cpu"),
        Outcome("torch.view", "x.view(5)", "raises RuntimeError", FAIL, "cpu", detail="shape '[5]' is invalid"),
        Outcome("torch.t", "x.t()", "[3, 2]", CORRECTED, "cpu", Text("原文写错了转置。", "The sheet got it wrong.")),
        Outcome("torchvision", "T.Resize(8)", "needs torchvision", SKIPPED, "cpu"),
    ]
    lines = render_markdown(outcomes, "cpu", "zh").splitlines()
    table = lines.index("| 已检查 | 通过 | 已更正 | 失败 | 跳过 |")
    assert lines[table + 2] == "| 3 | 1 | 1 | 1 | 1 |"
    assert lines[0] == "# torch-lsp：速查表示例验证报告"
    failures, corrections = lines.index("## 失败（1）"), lines.index("## 更正（1）")
    assert table < failures < corrections
    assert "x.view(5)" in "\n".join(lines[failures:corrections]) and "原文写错了转置。" in lines[corrections + 3]
    assert any(line.startswith("*已更正*：") for line in lines[table:failures])


def test_verify_without_numpy_skips_the_examples_that_need_it():
    blocked = "import sys; sys.modules['numpy'] = None; from torch_lsp.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", blocked, "verify", "--device", "cpu"],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    skipped = [line for line in result.stdout.splitlines() if line.startswith("skipped") and "needs numpy" in line]
    assert len(skipped) >= 10
    assert "failed 0" in result.stdout.strip().splitlines()[-1]


def test_examples_are_checked_ahead_for_the_entries_a_source_names_until_interrupted():
    kb = load()
    named = named_in("import torch\nx = torch.cat([a, b], dim=1)\nlayer = nn.Linear(3, 4)\n", kb.entries)
    names = {entry.name for entry in named}
    assert {"torch.cat", "torch.nn.Linear"} <= names and "torch.nn.Conv2d" not in names
    checked = CheckedExamples()
    checked.check_ahead(named, "cpu", interrupted=lambda: True)
    assert all(checked.cached(entry, "cpu") is None for entry in named)
    checked.check_ahead(named, "cpu", interrupted=lambda: False)
    outcomes = [checked.cached(entry, "cpu") for entry in named]
    assert all(found is not None and all(outcome.status != FAIL for outcome in found) for found in outcomes)
