namespace PaperDigest.Parsing.Brief;

/// <summary>The parts of a daily brief, each opened by a marker line.</summary>
internal enum BriefPart
{
    None,
    Overview,
    Featured,
    More,
    Observation,

    /// <summary>A part under a heading of a part's level that names no known part (<c>## 🏄 深水區</c>): further items, if it lists any.</summary>
    Further,
}
