"""The verification report: one line per example or check, then the counts and the device."""

from __future__ import annotations

from collections import Counter

from .model import KnowledgeBase
from .verify import CORRECTED, FAIL, SKIPPED, Outcome, verify_all


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


def render_report(kb: KnowledgeBase, device: str, language: str) -> str:
    """The whole report as text (what the editor command shows)."""
    return "\n".join(run_report(kb, device, language)[0])
