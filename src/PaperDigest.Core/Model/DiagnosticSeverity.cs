using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>How much a <see cref="DigestDiagnostic"/> matters.</summary>
// As camelCase strings with any System.Text.Json options, as DigestJson writes them.
[JsonConverter(typeof(Serialization.CamelCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the parse is complete.</summary>
    Info,

    /// <summary>Part of the input did not fit the layout; the text is kept but may be incomplete.</summary>
    Warning,

    /// <summary>The input could not be read as intended.</summary>
    Error,
}
