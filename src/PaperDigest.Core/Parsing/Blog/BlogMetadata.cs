namespace PaperDigest.Parsing.Blog;

/// <summary>
/// The metadata lines of a blog section: <c>论文标题:</c>, <c>论文地址:</c>, <c>论文链接:</c>, <c>论文:</c>,
/// <c>开源代码:</c>, <c>代码:</c>, <c>项目主页:</c>, <c>项目地址:</c>, <c>在线体验:</c>, in Simplified or
/// Traditional Chinese or English, with or without a leading <c>- </c>, with a half- or full-width colon.
/// </summary>
internal static class BlogMetadata
{
    public static bool TryMatch(ReadOnlySpan<char> line, out BlogMetadataRole role, out int valueStart)
    {
        var found = LabelTable.TryMatch(line, LabelGroups.PaperLinks, out var match) && match.HadColon;
        role = match.Role switch
        {
            LabelRole.PaperTitle => BlogMetadataRole.PaperTitle,
            LabelRole.CodeLink => BlogMetadataRole.Code,
            LabelRole.ProjectLink => BlogMetadataRole.Project,
            LabelRole.DemoLink => BlogMetadataRole.Demo,
            _ => BlogMetadataRole.Paper,
        };
        valueStart = match.ContentStart;
        return found;
    }
}
