namespace PaperDigest.Parsing;

/// <summary>
/// Finds a topic label at the start of a text, longest label first (<c>推理加速</c> before <c>推理</c>).
/// Built per parse from the built-in labels, the pipeline's extra labels and labels the document itself uses.
/// </summary>
internal sealed class TopicLabelMatcher
{
    private readonly List<string> _labels = [];

    /// <summary>Creates a matcher over <paramref name="labels"/>.</summary>
    /// <param name="labels">The labels; blank ones are ignored.</param>
    public TopicLabelMatcher(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var label in labels)
        {
            Add(label);
        }
    }

    /// <summary>Adds a label (a document's own featured labels, say); duplicates are ignored.</summary>
    /// <param name="label">The label.</param>
    public void Add(string label)
    {
        label = label.Trim();
        if (label.Length == 0 || _labels.Exists(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // Keep longest first so the first match is the longest.
        var index = _labels.FindIndex(l => l.Length < label.Length);
        _labels.Insert(index < 0 ? _labels.Count : index, label);
    }

    /// <summary>Whether <paramref name="label"/> is known.</summary>
    /// <param name="label">A label.</param>
    /// <returns><see langword="true"/> when the matcher holds it.</returns>
    public bool Contains(ReadOnlySpan<char> label) => MatchLength(label) == label.Length && label.Length > 0;

    /// <summary>The length of the longest label <paramref name="text"/> starts with, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A length or 0.</returns>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        foreach (var label in _labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && !(char.IsAsciiLetter(label[^1]) && text.Length > label.Length && char.IsAsciiLetter(text[label.Length])))
            {
                return label.Length;
            }
        }

        return 0;
    }
}
