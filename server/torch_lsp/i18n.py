"""The product's own UI strings in both languages."""

from __future__ import annotations

_STRINGS: dict[str, tuple[str, str]] = {
    "parameters": ("Parameters", "参数"),
    "example": ("Example", "示例"),
    "checked_on": ("✓ checked on {device}", "✓ 已在 {device} 上执行验证"),
    "corrected": ("✓ corrected — the cheat sheet says {sheet}; verified on {device}: {truth}",
                  "✓ 已更正 —— 速查表写的是 {sheet};在 {device} 上验证的结果:{truth}"),
    "check_failed": ("✗ check failed on {device}: {result}", "✗ 在 {device} 上验证失败:{result}"),
    "unchecked": ("not yet checked: torch is still loading", "尚未验证:torch 正在加载"),
    "needs": ("not checked here: needs {module}", "此处未验证:需要 {module}"),
    "documentation": ("Documentation", "官方文档"),
    "not_in_sheet": ("*Not covered by the cheat sheet — from torch's own documentation.*",
                     "*速查表未收录 —— 以下来自 torch 自带文档。*"),
    "shape": ("shape", "形状"),
    "instance_of": ("instance of", "实例,类型为"),
    "claims": ("Checked claims", "已验证的说法"),
    "loading_torch": ("Loading torch…", "正在加载 torch…"),
    "torch_loaded": ("torch {version} on {device}", "torch {version},设备 {device}"),
    "obtained_by": ("obtained by", "来源"),
    "unknown_dim": ("`?` marks a size the analysis cannot know", "`?` 表示分析无法确定的大小"),
}


def t(key: str, language: str, **values: object) -> str:
    """The UI string `key` in `language` ('zh' or 'en'), formatted with `values`."""
    english, chinese = _STRINGS[key]
    return (chinese if language == "zh" else english).format(**values)
