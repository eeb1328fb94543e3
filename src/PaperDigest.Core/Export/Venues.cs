using System.Text.RegularExpressions;

namespace PaperDigest.Export;

/// <summary>
/// The venue an entry states (<c>ICLR 2026</c>, <c>ECCV 2024</c>, <c>NeurIPS 2025 Spotlight</c> gives <c>NeurIPS
/// 2025</c>): a known conference or journal name followed by a year, in the entry's subtitle, domain, comment field or
/// title. The names only name venues; a paper without one stated has none.
/// </summary>
internal static partial class Venues
{
    public static string? Find(DigestEntry entry)
    {
        foreach (var text in new[] { entry.Subtitle, entry.Domain, entry.Fields.GetValueOrDefault(EntryField.Comment), entry.Title })
        {
            if (text is not null && Pattern().Match(text) is { Success: true } match)
            {
                return $"{match.Groups["name"].Value} {match.Groups["year"].Value}";
            }
        }

        return null;
    }

    // Bounded alternation and a fixed-width year: no backtracking beyond one name.
    [GeneratedRegex(@"\b(?<name>ICLR|ICML|NeurIPS|NIPS|ACL|EMNLP|NAACL|COLING|EACL|CVPR|ICCV|ECCV|WACV|AAAI|IJCAI|KDD|WWW|SIGIR|CIKM|WSDM|ICRA|IROS|CoRL|RSS|MICCAI|ISBI|INTERSPEECH|ICASSP|COLM|TMLR|JMLR|TPAMI|AISTATS|UAI|ACM MM|MM)\s*['’]?(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
