namespace PaperDigest.Query;

/// <summary>Checks and normalizes field values at parse time, so a bad <c>has:</c> or <c>lang:</c> is an error with a position.</summary>
internal static class QueryValues
{
    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>The value to keep, or null with <paramref name="error"/> set.</summary>
    public static string? Normalize(QueryField field, string value, out string? error)
    {
        error = null;
        switch (field)
        {
            case QueryField.Has or QueryField.Format:
                if (value.AsSpan().ContainsAnyExcept(NameChars))
                {
                    error = $"'{value}' is not a name ({QueryText.FieldName(field)}: takes letters, digits and '-')";
                    return null;
                }

                return value.ToLowerInvariant();
            case QueryField.Language:
                return Language(value) ?? Fail(out error, $"unknown language '{value}' (use en, zh, zh-Hans, zh-Hant)");
            default:
                return value;
        }
    }

    private static string? Language(string value) => value.ToLowerInvariant() switch
    {
        "en" => "en",
        "zh" => "zh",
        "zh-hans" or "zh-cn" or "zh-sg" => "zh-Hans",
        "zh-hant" or "zh-tw" or "zh-hk" => "zh-Hant",
        _ => null,
    };

    private static string? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }
}
