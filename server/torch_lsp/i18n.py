"""The product's own UI strings in both languages."""

from __future__ import annotations

_STRINGS: dict[str, tuple[str, str]] = {
    "parameters": ("Parameters", "参数"),
    "example": ("Example", "示例"),
    "checked_on": ("✓ checked on {device}", "✓ 已在 {device} 上执行验证"),
    "corrected": (
        "✓ corrected — the cheat sheet says {sheet}; verified on {device}: {truth}",
        "✓ 已更正 —— 速查表写的是 {sheet}；在 {device} 上验证的结果：{truth}",
    ),
    "check_failed": ("✗ check failed on {device}: {result}", "✗ 在 {device} 上验证失败：{result}"),
    "unchecked": ("not yet checked: torch is still loading", "尚未验证：torch 正在加载"),
    "needs": ("not checked here: needs {module}", "此处未验证：需要 {module}"),
    "documentation": ("Documentation", "官方文档"),
    "not_in_sheet": (
        "*Not covered by the cheat sheet — from torch's own documentation.*",
        "*速查表未收录 —— 以下来自 torch 自带文档。*",
    ),
    "shape": ("shape", "形状"),
    "several_owners": (
        "`.{name}`: {listed} — the receiver's type is unknown here; showing {shown}.{name}",
        "`.{name}`：{listed} —— 此处无法确定调用者的类型，下面显示 {shown}.{name}",
    ),
    "layer_form": (
        "functional form of `{layer}`; the sheet's text for the layer",
        "`{layer}` 的函数形式；以下为速查表中该层的说明",
    ),
    "functional_form": ("functional form: `{functional}`", "函数形式：`{functional}`"),
    "module_form": ("layer form: `{layer}`", "层形式：`{layer}`"),
    "related": ("see also: {names}", "另见：{names}"),
    "notes": ("Notes:", "说明："),
    "doc_checked": (
        "✓ checked on {device}: the shape engine's results match the printed output",
        "✓ 已在 {device} 上验证：形状引擎的结果与文档打印的输出一致",
    ),
    "doc_shapes_checked": (
        "✓ checked on {device}: the shapes match the printed output (values not compared)",
        "✓ 已在 {device} 上验证：形状与文档打印的输出一致（未比较数值）",
    ),
    "source_sheet": ("from the cheat sheet", "来自速查表"),
    "source_torch_lsp": ("written for torch-lsp", "为 torch-lsp 编写"),
    "instance_of": ("instance of", "实例，类型为"),
    "loading_torch": ("Loading torch…", "正在加载 torch…"),
    "torch_loaded": ("torch {version} on {device}", "torch {version}，设备 {device}"),
    "indexing": ("Indexing the workspace", "正在索引工作区"),
    "indexed": ("{count} files indexed", "已索引 {count} 个文件"),
    "obtained_by": ("obtained by", "来源"),
    "from_snapshot": (
        "from the last analysis of this file, kept on disk; analysing it again",
        "来自上次对此文件的分析（保存在磁盘上）；正在重新分析",
    ),
    "shape_unknown": (
        "shape unknown: `{code}` (line {line}) could not be evaluated",
        "形状未知:无法求值 `{code}`(第 {line} 行)",
    ),
    "check_cut_short": (
        "analysis stopped when its {budget} s budget ran out: shape errors past that point are not reported"
        " (--budget gives it more time)",
        "分析在 {budget} 秒的时间预算用完时停止：之后的形状错误不会报告（--budget 可给予更多时间）",
    ),
    "unknown_dim": ("`?` marks a size the analysis cannot know", "`?` 表示分析无法确定的大小"),
    "diag_at_defaults": (
        "raises when run with the command line's defaults ({values})",
        "使用命令行的默认值（{values}）运行时会出错",
    ),
    "diag_generic": ("{op} fails on these shapes: {shapes}", "{op} 在这些形状上会出错：{shapes}"),
    "diag_matmul": ("{op}: the inner dimensions do not match: {shapes}", "{op}：矩阵乘法的内侧维度不一致：{shapes}"),
    "diag_matmul_sides": (
        "{op}: the left operand's last dimension is {got} but the right operand has {expected} rows ({shapes})",
        "{op}：左边最后一维是 {got}，但右边的行数是 {expected}（{shapes}）",
    ),
    "diag_linear_in_features": (
        "{op} expects in_features={expected} but the input's last dimension is {got} ({shapes})",
        "{op} 的 in_features={expected}，但输入最后一维是 {got}（{shapes}）",
    ),
    "diag_conv_channels": (
        "{op} expects in_channels={expected} but the input [{shape}] has {got} channels (dimension 1)",
        "{op} 的 in_channels={expected}，但输入 [{shape}] 的通道数（第 1 维）是 {got}",
    ),
    "diag_cat_sizes": (
        "{op}: tensor {index} has size {got} where the others have {expected}; only dimension {dim} may differ "
        "({shapes})",
        "{op}：第 {index} 个张量这一维是 {got}，其他张量是 {expected}；只有第 {dim} 维可以不同（{shapes}）",
    ),
    "diag_stack_sizes": (
        "{op}: tensor {i} is [{first}] but tensor {j} is [{second}]; stack needs identical shapes",
        "{op}：第 {i} 个张量是 [{first}]，第 {j} 个是 [{second}]；stack 要求形状完全相同",
    ),
    "diag_broadcast_sides": (
        "{op}: dimension {dim} is {a} on the left and {b} on the right; they must be equal or one of them 1 ({shapes})",
        "{op}：第 {dim} 维左边是 {a}，右边是 {b}；两者须相等或其中之一为 1（{shapes}）",
    ),
    "diag_view_numel": (
        "{op}: the input {shapes} has {numel} elements, which shape [{shape}] cannot hold",
        "{op}：输入 {shapes} 共有 {numel} 个元素，无法变成形状 [{shape}]",
    ),
    "diag_cat": (
        "{op}: tensors must match in every dimension except the one being joined: {shapes}",
        "{op}：除拼接维度外，其余维度必须相同：{shapes}",
    ),
    "diag_stack": (
        "{op}: stack needs tensors of identical shape: {shapes}",
        "{op}：stack 要求所有张量形状完全相同：{shapes}",
    ),
    "diag_view_contiguous": (
        "{op}: view on a non-contiguous tensor {shapes} (after transpose/permute)",
        "{op}：对非连续张量 {shapes} 调用 view（transpose/permute 之后）",
    ),
    "diag_view_size": (
        "{op}: the requested shape does not hold the same number of elements as {shapes}",
        "{op}：目标形状的元素个数与 {shapes} 不一致",
    ),
    "diag_broadcast": ("{op}: shapes {shapes} do not broadcast", "{op}：形状 {shapes} 无法广播"),
    "diag_dim_range": ("{op}: dim out of range for {shapes}", "{op}：dim 超出了 {shapes} 的维度范围"),
    "diag_conv": ("{op}: wrong input rank or channel count: {shapes}", "{op}：输入的维数或通道数不对：{shapes}"),
    "diag_bce_target": ("{op}: target and input shapes differ: {shapes}", "{op}：target 与 input 形状不同：{shapes}"),
    "diag_loss_target": (
        "{op}: input/target shape or dtype mismatch: {shapes}",
        "{op}：input 与 target 的形状或类型不匹配：{shapes}",
    ),
    "diag_embedding_dtype": (
        "{op}: embedding indices must be integers (long), got {shapes} of another dtype",
        "{op}：embedding 的索引必须是整数（long），这里是 {shapes} 的其他类型",
    ),
    "diag_related": ("shape comes from: {code}", "形状来自：{code}"),
    "advice_cat_stack": (
        "Cheat sheet: cat joins along an existing dim (rank unchanged); stack adds a new dim and "
        "needs identical shapes.",
        "速查表：cat 同维拼接（维数不变）；stack 扩维拼接，要求形状完全相同。",
    ),
    "advice_contiguous": (
        "Cheat sheet: view only works on contiguous memory; call .contiguous() before .view(), or use .reshape().",
        "速查表：view 只能用于内存连续的张量，先调用 .contiguous() 再 .view()，或改用 .reshape()。",
    ),
    "advice_bce_logits": (
        "Cheat sheet: for binary classification prefer BCEWithLogitsLoss over BCELoss; give target the input's shape.",
        "速查表：二分类推荐使用 BCEWithLogitsLoss（而不是 BCELoss）；target 需与 input 形状相同。",
    ),
    "fix_in_features": (
        "Set in_features to {value} (the size it receives)",
        "将 in_features 改为 {value}（实际输入的大小）",
    ),
    "fix_in_channels": (
        "Set in_channels to {value} (the channels it receives)",
        "将 in_channels 改为 {value}（实际输入的通道数）",
    ),
    "fix_reshape": ("Use .reshape() instead of .view()", "改用 .reshape() 代替 .view()"),
    "fix_contiguous": ("Insert .contiguous() before .view()", "在 .view() 之前插入 .contiguous()"),
    "fix_unsqueeze": ("Add a batch dimension with .unsqueeze(0)", "用 .unsqueeze(0) 添加批次维度"),
    "fix_long": ("Convert to integer class indices with .long()", "用 .long() 转换为整数类型"),
    "fix_float": ("Convert to floating point with .float()", "用 .float() 转换为浮点类型"),
    "signature_call": ("The call so far", "目前写下的调用"),
    "signature_call_sites": ("shape at the call sites", "调用处的形状"),
}


def t(key: str, language: str, **values: object) -> str:
    """The UI string `key` in `language` ('zh' or 'en'), formatted with `values`."""
    english, chinese = _STRINGS[key]
    return (chinese if language == "zh" else english).format(**values)
