using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>The article.txt facts of ../shared/corpus/README.md.</summary>
public sealed class ArticleCorpusTests
{
    [CorpusFact]
    public void One_entry_with_the_whole_text_and_no_invented_title()
    {
        var document = CorpusFiles.Parse("article.txt");
        var text = CorpusFiles.Read("article.txt");

        document.Format.Should().Be(DigestFormat.Article);
        document.Title.Should().BeNull();
        var entry = document.Entries.Should().ContainSingle().Subject;
        entry.Kind.Should().Be(EntryKind.Article);
        entry.Title.Should().BeNull();
        entry.Body.Should().Be(text.Trim());
        entry.Links.Should().BeEmpty();
        entry.Span.Should().Be(new LineSpan(1, text.TrimEnd().Split('\n').Length));
        document.Diagnostics.Should().BeEmpty();
    }
}
