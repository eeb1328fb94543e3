namespace PaperDigest.Parsing.Blog;

/// <summary>What a blog metadata line names.</summary>
internal enum BlogMetadataRole
{
    PaperTitle,
    Paper,
    Code,
    Project,
    Demo,
}
