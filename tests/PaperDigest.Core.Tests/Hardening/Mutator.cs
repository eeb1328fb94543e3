using System.Text;

namespace PaperDigest.Tests.Hardening;

/// <summary>
/// Seeded mutations of a document, the kinds pasted web text suffers: byte flips, truncation, shuffled and
/// duplicated lines, inserted <c>#</c>, emoji, full-width forms, NUL, RTL marks, lone surrogates, CR line ends and
/// deep HTML nesting. The same seed gives the same input, so a failure names its case.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Inserts =
    [
        "#", "##", "# ", "🎯", "🛠️", "⭐", "：", "（", "）", "\0", "\u202E", "\u200F", "\uFEFF", "\uD800", "\uDC00", "\r", "\r\n",
        "TL;DR:", "查看完整摘要 (Abstract)", "01 ", "https://arxiv.org/abs/", "《", "》", "<div>", "</p>", "<script>", "&amp;", "\t", "　",
    ];

    /// <summary>A seed stable across runs and machines (string hash codes are randomized per process).</summary>
    public static int Seed(string name, int round) => name.Aggregate(round * 7919, (hash, c) => unchecked((hash * 31) + c));

    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var mutated = text;
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            mutated = random.Next(8) switch
            {
                0 => FlipBytes(mutated, random),
                1 => mutated[..random.Next(mutated.Length + 1)],
                2 => ShuffleLines(mutated, random),
                3 => DuplicateLines(mutated, random),
                4 => DeepHtml(random) + mutated,
                _ => Insert(mutated, random),
            };
        }

        return mutated;
    }

    private static string FlipBytes(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < 1 + (bytes.Length / 200); i++)
        {
            if (bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string ShuffleLines(string text, Random random)
    {
        var lines = text.Split('\n');
        random.Shuffle(lines);
        return string.Join('\n', lines);
    }

    private static string DuplicateLines(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var i = 0; i < 1 + random.Next(20) && lines.Count > 0; i++)
        {
            lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
        }

        return string.Join('\n', lines);
    }

    private static string Insert(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < 1 + random.Next(30); i++)
        {
            builder.Insert(random.Next(builder.Length + 1), Inserts[random.Next(Inserts.Length)]);
        }

        return builder.ToString();
    }

    private static string DeepHtml(Random random)
    {
        var depth = random.Next(1, 2_000);
        return "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "x\n";
    }
}
