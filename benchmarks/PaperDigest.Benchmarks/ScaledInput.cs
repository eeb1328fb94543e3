using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>Corpus documents grown to a given size by repetition, cut at a line end, for the linear-time benchmarks.</summary>
internal static class ScaledInput
{
    public const int Megabyte = 1 << 20;

    /// <summary>catalog.txt repeated to <paramref name="megabytes"/> MB of UTF-8 (the last paper may be cut short).</summary>
    public static string Catalog(int megabytes)
    {
        var one = BenchmarkInputs.ReadCorpusFile("catalog.txt");
        var bytes = new byte[(megabytes * Megabyte) + one.Length];
        for (var at = 0; at < bytes.Length; at += one.Length)
        {
            one.AsSpan(0, Math.Min(one.Length, bytes.Length - at)).CopyTo(bytes.AsSpan(at));
        }

        var end = bytes.AsSpan(0, megabytes * Megabyte).LastIndexOf((byte)'\n') + 1;
        return Encoding.UTF8.GetString(bytes, 0, end);
    }

    /// <summary>The texts of <paramref name="item"/> for 0 to <paramref name="count"/> - 1, one after another.</summary>
    public static string Repeat(int count, Func<int, string> item)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(item(i));
        }

        return text.ToString();
    }

    /// <summary>The catalog page with its sections repeated inside one body to about <paramref name="megabytes"/> MB.</summary>
    public static string CatalogPage(int megabytes)
    {
        var page = Encoding.UTF8.GetString(BenchmarkInputs.ReadCorpusFile("catalog-sample.html"));
        var start = page.IndexOf("<section", StringComparison.Ordinal);
        var end = page.LastIndexOf("</section>", StringComparison.Ordinal) + "</section>".Length;
        var sections = page[start..end];
        var copies = Math.Max(1, ((megabytes * Megabyte) - (page.Length - sections.Length)) / Encoding.UTF8.GetByteCount(sections));
        var html = new StringBuilder(page.Length * copies);
        html.Append(page, 0, start);
        for (var i = 0; i < copies; i++)
        {
            html.Append(sections);
        }

        return html.Append(page, end, page.Length - end).ToString();
    }
}
