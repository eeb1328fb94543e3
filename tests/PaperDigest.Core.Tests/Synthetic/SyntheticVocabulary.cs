namespace PaperDigest.Tests.Synthetic;

/// <summary>
/// Words the generator draws from. Labels come in zh-Hans, zh-Hant and English, known to a label table or not
/// (invented here); nothing is taken from the parser's own vocabulary or code.
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] EnglishWords =
    [
        "Sparse", "Mixture", "Attention", "Reasoning", "Verifier", "Agents", "Diffusion", "Policy", "Memory", "Retrieval", "Scaling", "Robust",
        "Efficient", "Long", "Context", "Vision", "Language", "Models", "Planning", "Alignment", "Reward", "Learning", "Graph", "Tokens",
        "Streaming", "Compression", "Benchmark", "Embodied", "Navigation", "Distillation", "Adaptive", "Latent", "Contrastive", "Modular",
    ];

    public static readonly string[] ChineseWords =
    [
        "稀疏", "注意力", "推理", "验证器", "智能体", "扩散", "策略", "记忆", "检索", "缩放", "鲁棒", "高效", "长上下文", "视觉", "语言", "模型",
        "规划", "对齐", "奖励", "学习", "图结构", "压缩", "具身", "导航", "蒸馏",
    ];

    public static readonly string[] FirstNames = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Leslie", "Niklaus", "Frances", "Radia", "Shafi", "Judea", "Yoshua", "Hedy", "Katherine"];

    public static readonly string[] LastNames = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Lamport", "Wirth", "Allen", "Perlman", "Goldwasser", "Pearl", "Bengio", "Lamarr", "Johnson"];

    public static readonly string[] ChineseNames = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴昊"];

    /// <summary>Field labels by language; the last ones of each list are invented (no label table has them).</summary>
    public static readonly string[][] FieldLabels =
    [
        ["研究背景", "方法", "实验结果", "核心贡献", "局限性", "结论", "一句话亮点", "适用人群", "评测设置"],
        ["研究動機", "方法", "實驗結果", "主要貢獻", "局限", "結論", "閱讀心得", "評測設定"],
        ["Motivation", "Method", "Results", "Contributions", "Limitations", "Conclusion", "Key idea", "Why it matters", "Open question"],
    ];

    public static readonly string[] AuthorLabels = ["作者", "作者", "Authors"];

    public static readonly string[] SectionNames = ["视觉与多模态", "推理与规划", "高效训练", "Agents", "Robotics", "安全与对齐", "檢索增強", "Evaluation"];

    public static readonly string[] EnglishSentences =
    [
        "We study how sparse routing changes long context cost", "A small verifier checks each reasoning step", "The method trains with fewer tokens",
        "Results hold across four benchmarks", "Gains shrink for the largest models", "The policy learns from sparse rewards",
        "Memory grows with the number of tasks", "Retrieval quality decides the final answer",
    ];

    public static readonly string[] ChineseSentences =
    [
        "本文研究稀疏路由如何降低长上下文的开销", "一个小型验证器逐步检查推理过程", "该方法用更少的数据完成训练", "四个基准上的结果一致",
        "最大的模型上收益变小", "策略从稀疏奖励中学习", "检索质量决定最终答案", "記憶隨任務數量增長",
    ];
}
