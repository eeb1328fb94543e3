namespace PaperDigest.Query;

/// <summary>Counts facet values, one per entry and value, remembering raw spellings to label unmapped keys.</summary>
internal sealed class FacetCounter(string language)
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenInEntry = new(StringComparer.Ordinal);
    private TagTaxonomy? _taxonomy;

    public void Add(CorpusEntry entry, FacetKind kind)
    {
        _taxonomy ??= entry.Document.Corpus.Taxonomy;
        _seenInEntry.Clear();
        switch (kind)
        {
            case FacetKind.Tag:
                for (var i = 0; i < entry.Tags.Count; i++)
                {
                    Count(entry.Tags[i].Canonical, entry.Tags[i].Label);
                }

                break;
            case FacetKind.Category:
                Count(entry.CanonicalCategory, entry.Entry.Category);
                break;
            case FacetKind.Topic:
                Count(entry.CanonicalTopic, entry.Entry.Topic);
                break;
            case FacetKind.Publisher:
                Count(entry.Publisher, entry.Publisher);
                break;
            case FacetKind.Format:
                Count(entry.Format.Name, entry.Format.Name);
                break;
            case FacetKind.Link:
                AddLinks(entry);
                break;
            case FacetKind.Language:
                Count(LanguageKey(entry.Language), LanguageKey(entry.Language));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown facet.");
        }
    }

    public IReadOnlyList<FacetValue> Values() =>
        _tallies
            .Select(pair => new FacetValue(pair.Key, Label(pair.Key, pair.Value), pair.Value.Count))
            .OrderByDescending(value => value.Count)
            .ThenBy(value => value.Key, StringComparer.Ordinal)
            .ToList();

    private void AddLinks(CorpusEntry entry)
    {
        foreach (var link in entry.Entry.Links)
        {
            var kind = LinkKindKey(link.Kind);
            Count(kind, kind);
            if (EntryPredicates.IsCode(link))
            {
                Count("code", "code");
            }
        }
    }

    private void Count(string? key, string? raw)
    {
        if (string.IsNullOrEmpty(key) || !_seenInEntry.Add(key))
        {
            return;
        }

        if (!_tallies.TryGetValue(key, out var tally))
        {
            _tallies[key] = tally = new Tally();
        }

        tally.Count++;
        tally.Spellings[raw ?? key] = tally.Spellings.GetValueOrDefault(raw ?? key) + 1;
    }

    private string Label(string key, Tally tally) =>
        _taxonomy is not null && _taxonomy.TryGetConcept(key, out var concept)
            ? concept.GetLabel(language)
            : tally.Spellings.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;

    private static string LinkKindKey(LinkKind kind) => kind switch
    {
        LinkKind.GitHub => "github",
        LinkKind.HuggingFace => "huggingface",
        LinkKind.OpenReview => "openreview",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string LanguageKey(DocumentLanguage language) => language switch
    {
        DocumentLanguage.ZhHans => "zh-Hans",
        DocumentLanguage.ZhHant => "zh-Hant",
        DocumentLanguage.En => "en",
        DocumentLanguage.Mixed => "mixed",
        _ => "unknown",
    };

    private sealed class Tally
    {
        public int Count { get; set; }

        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);
    }
}
