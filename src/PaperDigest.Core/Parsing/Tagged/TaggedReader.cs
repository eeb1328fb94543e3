namespace PaperDigest.Parsing.Tagged;

/// <summary>
/// One tagged-collection parse: the tag line, then title/body pairs. Short lines before a body are its
/// title (the first) and subtitle (the rest). A body with no title before it (a title lost in copying)
/// and a title with no body after it each become an entry of their own, with a diagnostic.
/// </summary>
internal sealed class TaggedReader(DigestParseContext context)
{
    private readonly LineTable _lines = context.Lines;
    private readonly List<int> _titleLines = [];
    private int _bodyFirst = -1;
    private int _bodyLast = -1;

    public void Read()
    {
        var i = _lines.NextNonBlank(0);
        if (i < _lines.Count && LineShape.StartsWithHashWord(_lines[i]))
        {
            var labels = new List<string>();
            TagSplitter.Split(_lines[i], labels);
            foreach (var label in labels)
            {
                context.Tags.Add(DigestTag.FromLabel(label));
            }

            context.MarkHeaderLine(i + 1);
            i++;
        }

        for (i = _lines.NextNonBlank(i); i < _lines.Count; i = _lines.NextNonBlank(i + 1))
        {
            if (TaggedParser.IsBody(_lines[i]))
            {
                if (_bodyFirst >= 0 && _titleLines.Count > 0)
                {
                    Flush();
                }

                _bodyFirst = _bodyFirst < 0 ? i : _bodyFirst;
                _bodyLast = i;
            }
            else
            {
                if (_bodyFirst >= 0)
                {
                    Flush();
                }

                _titleLines.Add(i);
            }
        }

        Flush();
    }

    private void Flush()
    {
        if (_bodyFirst < 0 && _titleLines.Count == 0)
        {
            return;
        }

        var first = _titleLines.Count > 0 ? _titleLines[0] : _bodyFirst;
        var last = _bodyLast >= 0 ? _bodyLast : _titleLines[^1];
        if (_bodyFirst < 0)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.TitleWithoutBody,
                "A title line with no article body after it; kept as an entry without body.", first + 1);
        }
        else if (_titleLines.Count == 0)
        {
            context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.BodyWithoutTitle,
                "An article body with no title line before it; kept as an entry without title.", first + 1);
        }

        context.AddEntry(CreateEntry(first, last));
        _titleLines.Clear();
        _bodyFirst = _bodyLast = -1;
    }

    private DigestEntry CreateEntry(int first, int last)
    {
        string? body = null, publisher = null;
        if (_bodyFirst >= 0)
        {
            var text = TextSlice.Lines(context.Text, _lines, _bodyFirst, _bodyLast).AsSpan().Trim();
            if (TaggedArticleText.TrySplitPublisher(text, out var length, out var name))
            {
                text = text[..length];
                publisher = name;
            }

            body = text.ToString();
        }

        var links = new LinkSet();
        if (body is not null)
        {
            LinkExtractor.Extract(body, links);
        }

        return new DigestEntry
        {
            Kind = EntryKind.Article,
            Ordinal = context.NextOrdinal,
            Title = _titleLines.Count > 0 ? _lines[_titleLines[0]].Trim().ToString() : null,
            Subtitle = _titleLines.Count > 1 ? string.Join('\n', _titleLines.Skip(1).Select(l => _lines[l].Trim().ToString())) : null,
            PaperTitle = body is null ? null : CitedTitles.FindPaperTitle(body),
            Summary = body is null ? null : TaggedArticleText.Lead(body),
            Body = body,
            Publisher = publisher,
            Links = links.Count == 0 ? [] : links.ToArray(),
            Span = new LineSpan(first + 1, last + 1),
        };
    }
}
