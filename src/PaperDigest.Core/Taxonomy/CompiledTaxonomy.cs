using System.Text;

namespace PaperDigest.Taxonomy;

/// <summary>
/// The built-in taxonomy merged, normalized and indexed ahead of time (<c>Resources/builtin-index.txt</c>), so a
/// process reads it instead of layering three schemes and normalizing 14,000 labels. A test rebuilds it from the
/// sources and fails when the committed file differs (<c>PAPERDIGEST_ACCEPT_INDEX=1</c> writes it). The resource is
/// read in place as UTF-8 bytes: only the strings the taxonomy keeps are allocated.
/// </summary>
/// <remarks>
/// Format, one record per line, fields separated by tabs:
/// <c>paperdigest-taxonomy-index 1</c>; a line of counts (concepts, keys, compact keys); per concept its id, its
/// preferred labels (<c>language=label</c> joined by U+001F), alternative labels, hidden labels (both joined by
/// U+001F) and broader concept numbers (joined by commas); per key the key and its concept number (-1: claimed by
/// several); per compact key the same, leaving out those equal to a key with the same concept.
/// </remarks>
internal static class CompiledTaxonomy
{
    public const string ResourceName = "PaperDigest.Taxonomy.builtin-index.txt";
    private const string Header = "paperdigest-taxonomy-index 1";
    private const char Unit = '\u001F';

    /// <summary>The compiled text of <paramref name="taxonomy"/>, which must have no issues.</summary>
    public static string Write(TagTaxonomy taxonomy)
    {
        if (taxonomy.Issues.Count > 0)
        {
            throw new InvalidOperationException("A taxonomy with issues is not compiled: its conflicts would be lost.");
        }

        var number = new Dictionary<TagConcept, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < taxonomy.Concepts.Count; i++)
        {
            number[taxonomy.Concepts[i]] = i;
        }

        var compact = taxonomy.CompactKeyIndex.Where(p => !(taxonomy.KeyIndex.TryGetValue(p.Key, out var same) && ReferenceEquals(same, p.Value))).ToList();
        var text = new StringBuilder(Header).Append('\n')
            .Append($"{taxonomy.Concepts.Count}\t{taxonomy.KeyIndex.Count}\t{compact.Count}\n");
        foreach (var concept in taxonomy.Concepts)
        {
            text.Append(concept.Id).Append('\t')
                .AppendJoin(Unit, concept.PrefLabels.Select(p => Clean(p.Key) + "=" + Clean(p.Value))).Append('\t')
                .AppendJoin(Unit, concept.AltLabels.Select(Clean)).Append('\t')
                .AppendJoin(Unit, concept.HiddenLabels.Select(Clean)).Append('\t')
                .AppendJoin(',', concept.Broader.Select(b => number[taxonomy.GetConcept(b)])).Append('\n');
        }

        foreach (var (key, concept) in taxonomy.KeyIndex.Concat(compact))
        {
            text.Append(Clean(key)).Append('\t').Append(concept is null ? -1 : number[concept]).Append('\n');
        }

        return text.ToString();
    }

    // A label with a tab, line break or unit separator cannot be written; none of the built-in schemes has one.
    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny('\t', '\n', Unit) < 0 ? value : throw new InvalidOperationException($"The label '{value}' holds a separator.");

    /// <summary>The taxonomy the compiled UTF-8 text describes.</summary>
    public static TagTaxonomy Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Lines(utf8);
        if (!reader.Next().SequenceEqual(Encoding.UTF8.GetBytes(Header)))
        {
            throw new InvalidDataException("Not a compiled taxonomy index.");
        }

        var counts = reader.Next();
        var conceptCount = Number(Field(ref counts));
        var keyCount = Number(Field(ref counts));
        var compactCount = Number(Field(ref counts));

        var ids = new string[conceptCount];
        var lines = new (int Start, int Length)[conceptCount];
        for (var i = 0; i < conceptCount; i++)
        {
            var line = reader.Next();
            var id = Field(ref line);
            ids[i] = Encoding.UTF8.GetString(id);
            lines[i] = (reader.LastStart + id.Length + 1, line.Length);
        }

        var concepts = new TagConcept[conceptCount];
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < conceptCount; i++)
        {
            var line = utf8.Slice(lines[i].Start, lines[i].Length);
            var pref = Field(ref line);
            var alt = Field(ref line);
            var hidden = Field(ref line);
            concepts[i] = new TagConcept(ids[i], validated: true)
            {
                PrefLabels = PrefLabels(pref, languages),
                AltLabels = Strings(alt),
                HiddenLabels = Strings(hidden),
                Broader = Broader(line, ids),
            };
        }

        var byId = new Dictionary<string, TagConcept>(conceptCount, StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            byId.Add(concept.Id, concept);
        }

        var keys = Keys(ref reader, keyCount, concepts);
        var compactKeys = Keys(ref reader, compactCount, concepts);
        return new TagTaxonomy(concepts, byId, keys, compactKeys, []);
    }

    private static Dictionary<string, TagConcept?> Keys(ref Lines reader, int count, TagConcept[] concepts)
    {
        var keys = new Dictionary<string, TagConcept?>(count, StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var line = reader.Next();
            var key = Field(ref line);
            var number = line.Length > 0 && line[0] == (byte)'-' ? -1 : Number(line);
            keys.Add(Encoding.UTF8.GetString(key), number < 0 ? null : concepts[number]);
        }

        return keys;
    }

    private static Dictionary<string, string> PrefLabels(ReadOnlySpan<byte> field, Dictionary<string, string> languages)
    {
        var labels = new Dictionary<string, string>(3, StringComparer.Ordinal);
        foreach (var range in field.Split((byte)Unit))
        {
            var pair = field[range];
            var equals = pair.IndexOf((byte)'=');
            var language = Encoding.UTF8.GetString(pair[..equals]);
            language = languages.TryGetValue(language, out var shared) ? shared : languages[language] = language;
            labels[language] = Encoding.UTF8.GetString(pair[(equals + 1)..]);
        }

        return labels;
    }

    private static string[] Strings(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty)
        {
            return [];
        }

        var strings = new string[field.Count((byte)Unit) + 1];
        var i = 0;
        foreach (var range in field.Split((byte)Unit))
        {
            strings[i++] = Encoding.UTF8.GetString(field[range]);
        }

        return strings;
    }

    // The broader ids are the concepts' own id strings: no copy.
    private static string[] Broader(ReadOnlySpan<byte> field, string[] ids)
    {
        if (field.IsEmpty)
        {
            return [];
        }

        var broader = new string[field.Count((byte)',') + 1];
        var i = 0;
        foreach (var range in field.Split((byte)','))
        {
            broader[i++] = ids[Number(field[range])];
        }

        return broader;
    }

    private static ReadOnlySpan<byte> Field(ref ReadOnlySpan<byte> line)
    {
        var tab = line.IndexOf((byte)'\t');
        var field = tab < 0 ? line : line[..tab];
        line = tab < 0 ? [] : line[(tab + 1)..];
        return field;
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    // The lines of the text, one at a time, with the offset of the last one.
    private ref struct Lines(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _next;

        public int LastStart { get; private set; }

        public ReadOnlySpan<byte> Next()
        {
            LastStart = _next;
            var rest = _text[_next..];
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            _next += end < 0 ? rest.Length : end + 1;
            return line;
        }
    }
}
