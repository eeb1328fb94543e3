using System.Text.RegularExpressions;
using FluentAssertions;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// No model string of any corpus parse carries inline Markdown or HTML markup from its input: bold runs, links, images,
/// tags. Heading marks are not checked: in plain text a <c># comment</c> line of code is the author's text.
/// </summary>
public sealed partial class MarkupFreeCorpusTests
{
    [CorpusFact]
    public void No_entry_string_of_any_corpus_document_contains_markup()
    {
        var folder = CorpusFiles.Folder();
        var inputs = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal) && !f.Contains(".gold.", StringComparison.Ordinal))
            .ToList();
        inputs.Should().HaveCount(42);

        var found = new List<string>();
        foreach (var input in inputs)
        {
            var document = Digest.Parse(File.ReadAllText(input));
            foreach (var entry in document.Entries)
            {
                foreach (var text in Strings(entry))
                {
                    if (Markup().Match(text) is { Success: true } match)
                    {
                        found.Add($"{Path.GetRelativePath(folder, input)} entry {entry.Ordinal}: '{match.Value}'");
                    }
                }
            }
        }

        found.Should().BeEmpty();
    }

    private static IEnumerable<string> Strings(DigestEntry entry) =>
        new[] { entry.Title, entry.Subtitle, entry.PaperTitle, entry.Category, entry.Topic, entry.TlDr, entry.Abstract, entry.Summary, entry.Body, entry.Publisher }
            .Concat(entry.Authors).Concat(entry.Fields.Values).Concat(entry.Takeaways).OfType<string>();

    // A bold run, a link or image with a URL, an HTML element's tag ("</think>" in a paper's text is a token it names).
    [GeneratedRegex(@"\*\*\S[^*\n]{0,200}?\*\*|!?\[[^\]\n]+\]\((https?://|#|/|\.)[^)\s]*\)|</?(a|b|br|div|em|font|h[1-6]|i|img|li|p|span|strong|sub|sup|table|td|tr|u|ul)(\s[^<>\n]*)?/?>")]
    private static partial Regex Markup();
}
