namespace PaperDigest.Parsing;

/// <summary>
/// The built-in topic labels of this field, as briefs print them (<c>推理</c>, <c>推理加速</c>, <c>多模态</c>, ...),
/// in Simplified and Traditional Chinese and English. A brief glues the label to the text after it, so
/// splitting needs this vocabulary; <see cref="DigestOptions.TopicLabels"/> extends it.
/// </summary>
public static class TopicLabels
{
    /// <summary>The built-in labels.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
    [
        "推理", "推理加速", "Agent", "智能体", "安全对齐", "安全", "对齐", "多模态", "训练优化", "训练", "视频生成",
        "图像生成", "代码智能", "代码", "检索", "RAG", "机器人", "具身智能", "评测", "基准", "架构", "模型架构",
        "可解释性", "数据", "预训练", "强化学习", "长上下文", "记忆", "语音", "医疗", "科学", "数学", "世界模型",
        "效率", "量化", "蒸馏", "开源", "产业", "综述", "生成", "微调", "后训练",
        "多模態", "訓練優化", "訓練", "視頻生成", "影片生成", "圖像生成", "代碼智能", "程式碼", "檢索", "機器人",
        "具身智慧", "評測", "架構", "模型架構", "可解釋性", "數據", "預訓練", "強化學習", "長上下文", "記憶",
        "語音", "醫療", "數學", "效率", "量化", "蒸餾", "開源", "綜述", "安全對齊", "對齊", "智慧體", "後訓練",
        "Reasoning", "Multimodal", "Safety", "Alignment", "Efficiency", "Retrieval", "Robotics", "Evaluation",
        "Code", "Video", "Training", "Inference",
    ];
}
