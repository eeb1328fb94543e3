namespace PaperDigest.Parsing;

/// <summary>What a label in <see cref="LabelTable"/> introduces.</summary>
public enum LabelRole
{
    /// <summary>A paper field (<c>研究动机</c>, <c>Method</c>, <c>局限性</c>): see <see cref="LabelMatch.Field"/>.</summary>
    Field,

    /// <summary>A one-line summary (<c>TL;DR</c>, <c>一句话总结</c>).</summary>
    TlDr,

    /// <summary>The abstract (<c>摘要</c>, <c>Abstract</c>, <c>查看完整摘要</c>).</summary>
    Abstract,

    /// <summary>The title of the paper an article or post is about (<c>论文标题</c>, <c>Paper title</c>).</summary>
    PaperTitle,

    /// <summary>The link to the paper (<c>论文地址</c>, <c>论文链接</c>, <c>Paper</c>).</summary>
    PaperLink,

    /// <summary>The link to the code (<c>代码</c>, <c>开源地址</c>, <c>Code</c>).</summary>
    CodeLink,

    /// <summary>The link to a project page (<c>项目主页</c>, <c>Homepage</c>).</summary>
    ProjectLink,

    /// <summary>The link to a demo (<c>在线体验</c>, <c>Demo</c>).</summary>
    DemoLink,

    /// <summary>A brief's overview part (<c>今日概览</c>, <c>Overview</c>).</summary>
    Overview,

    /// <summary>A brief's featured part (<c>重点关注</c>, <c>Highlights</c>).</summary>
    Featured,

    /// <summary>A brief's part of further items (<c>也值得关注</c>, <c>More</c>).</summary>
    More,

    /// <summary>A brief's closing observation (<c>今日观察</c>, <c>Observation</c>).</summary>
    Observation,

    /// <summary>A paper's subject category in its head (<c>Main category: cs.CV</c>, <c>主分类</c>).</summary>
    MainCategory,

    /// <summary>A paper's authors in its head (<c>作者:</c>, <c>Authors:</c>).</summary>
    Authors,

    /// <summary>A paper's keywords or tags (<c>关键词:</c>, <c>标签</c>, <c>Keywords:</c>).</summary>
    Keywords,

    /// <summary>An item's topic or research direction (<c>方向:</c>, <c>领域:</c>, <c>Topic:</c>), in a brief's paper items.</summary>
    Topic,

    /// <summary>Where a news item or post comes from: its publisher, account or site (<c>来源</c>, <c>Source</c>).</summary>
    Source,
}
