"""The verification report: one line per example or check, then the counts and the device (the CLI's), or
the counts first, then failures and corrections, as Markdown in the user's language (the editor's)."""

from __future__ import annotations

import warnings
from collections import Counter

from .model import KnowledgeBase
from .verify import CORRECTED, FAIL, PASS, SKIPPED, Outcome, verify_all


def outcome_lines(outcome: Outcome, language: str) -> list[str]:
    """The report lines of one outcome (its correction or failure detail indented below it)."""
    lines = [f"{outcome.status:9} {outcome.entry:40} {outcome.claim[:60]:60} -> {outcome.result[:80]}"]
    if outcome.status == CORRECTED and outcome.correction:
        lines.append(f"{'':10}{outcome.correction.pick(language)}")
    if outcome.status == FAIL and outcome.detail:
        lines.append(f"{'':10}{outcome.detail}")
    return lines


def summary_line(counts: Counter[str], device: str) -> str:
    """`checked N, passed N, corrected N, failed N, skipped N (device: cpu)`."""
    checked = sum(counts.values()) - counts[SKIPPED]
    return (
        f"checked {checked}, passed {counts['pass']}, corrected {counts[CORRECTED]}, "
        f"failed {counts[FAIL]}, skipped {counts[SKIPPED]} (device: {device})"
    )


def run_report(kb: KnowledgeBase, device: str, language: str, quiet: bool = False) -> tuple[list[str], Counter[str]]:
    """Verify everything; return the report lines and the counts by status."""
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for outcome in verify_all(kb, device):
        counts[outcome.status] += 1
        if not quiet or outcome.status in (CORRECTED, FAIL):
            lines.extend(outcome_lines(outcome, language))
    lines.extend(["", summary_line(counts, device)])
    return lines, counts


_TEXT: dict[str, tuple[str, str]] = {
    "title": ("torch-lsp: verification of the cheat-sheet examples", "torch-lsp：速查表示例验证报告"),
    "device": (
        "Every example and check was run with torch on **{device}**.",
        "所有示例和检查均已在 **{device}** 上用 torch 实际运行。",
    ),
    "head": ("| checked | passed | corrected | failed | skipped |", "| 已检查 | 通过 | 已更正 | 失败 | 跳过 |"),
    "corrected_means": (
        "*Corrected*: the cheat sheet's own claim turned out wrong when run; the hover shows the corrected "
        "statement, and that statement passed.",
        "*已更正*：速查表原文的说法经实际运行证明有误；悬停提示显示的是更正后的说法，且更正后的说法已通过验证。",
    ),
    "failures": ("Failures ({count})", "失败（{count}）"),
    "no_failures": ("None: every example and check holds on this device.", "无：所有示例和检查在此设备上均成立。"),
    "corrections": ("Corrections ({count})", "更正（{count}）"),
    "skipped": ("Skipped ({count})", "跳过（{count}）"),
}


def _say(key: str, language: str, **values: object) -> str:
    english, chinese = _TEXT[key]
    return (chinese if language == "zh" else english).format(**values)


def _item(outcome: Outcome) -> str:
    return f"- **{outcome.entry}** · `{outcome.claim}` → `{outcome.result}`"


def render_markdown(outcomes: list[Outcome], device: str, language: str) -> str:
    """The report as Markdown: the counts (and what "corrected" means), then failures, corrections, skips."""
    counts = Counter(outcome.status for outcome in outcomes)
    checked = len(outcomes) - counts[SKIPPED]
    lines = [
        f"# {_say('title', language)}",
        "",
        _say("device", language, device=device),
        "",
        _say("head", language),
        "|---:|---:|---:|---:|---:|",
        f"| {checked} | {counts[PASS]} | {counts[CORRECTED]} | {counts[FAIL]} | {counts[SKIPPED]} |",
        "",
        _say("corrected_means", language),
        "",
        f"## {_say('failures', language, count=counts[FAIL])}",
        "",
    ]
    failures = [o for o in outcomes if o.status == FAIL]
    for outcome in failures:
        lines.append(_item(outcome) + (f"  \n  {outcome.detail}" if outcome.detail else ""))
    if not failures:
        lines.append(_say("no_failures", language))
    lines += ["", f"## {_say('corrections', language, count=counts[CORRECTED])}", ""]
    for outcome in outcomes:
        if outcome.status == CORRECTED:
            correction = outcome.correction.pick(language) if outcome.correction else ""
            lines.append(_item(outcome) + (f"  \n  {correction}" if correction else ""))
    if counts[SKIPPED]:
        lines += ["", f"## {_say('skipped', language, count=counts[SKIPPED])}", ""]
        lines += [f"- **{o.entry}** · {o.result}" for o in outcomes if o.status == SKIPPED]
    return "\n".join(lines) + "\n"


def render_report(kb: KnowledgeBase, device: str, language: str) -> str:
    """The editor command's report: every outcome verified with torch's warnings silenced, as Markdown."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        outcomes = list(verify_all(kb, device))
    return render_markdown(outcomes, device, language)
