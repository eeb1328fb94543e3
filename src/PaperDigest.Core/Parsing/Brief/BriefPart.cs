namespace PaperDigest.Parsing.Brief;

/// <summary>The parts of a daily brief, each opened by a marker line.</summary>
internal enum BriefPart
{
    None,
    Overview,
    Featured,
    More,
    Observation,
}
