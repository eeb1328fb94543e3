namespace DependencyInjectionSample;

/// <summary>An app service the parser depends on: the checkbox markers this team's reading lists use.</summary>
public sealed class ReadingListMarkers
{
    public IReadOnlyList<string> Unread { get; init; } = ["- [ ] "];

    public IReadOnlyList<string> Read { get; init; } = ["- [x] ", "- [X] "];
}
