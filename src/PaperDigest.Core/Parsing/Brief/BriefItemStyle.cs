namespace PaperDigest.Parsing.Brief;

/// <summary>
/// How a part of a brief writes its items, decided by the part's first item and then held for the rest of the
/// part: items are repeated units, so a later line opens an item only when it has the first one's shape.
/// </summary>
internal enum BriefItemStyle
{
    /// <summary>No item yet.</summary>
    None,

    /// <summary><c>01 推理 title</c>, <c>05</c> alone: numbered lines (the numbering must continue).</summary>
    Numbered,

    /// <summary><c>### 3. Title</c>, <c>#### 论文 01：[评测] title</c>, <c>### [title](url)</c>: headings of one level.</summary>
    Heading,

    /// <summary><c>- **[title](url)** — text</c>, <c>- title（topic）：text</c>: top-level list items.</summary>
    Bullet,

    /// <summary>A topic label alone on its line (<c>多模态</c>), the title on the next.</summary>
    TopicLine,

    /// <summary>A title ending in its topic label (<c>7%的数据就能追平全量训练效果 训练优化</c>), the description on the next line.</summary>
    TrailingTopic,
}
