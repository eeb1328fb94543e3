namespace PaperDigest.Evaluation;

/// <summary>
/// A generator's own records for the document, in the generator's schema. The library does not read
/// them: a host (the <c>paperdigest eval</c> command) converts them into <see cref="GoldEntry"/> values.
/// </summary>
/// <param name="File">The records' path, relative to the corpus folder.</param>
/// <param name="Schema">The schema name the host's adapter knows (<c>ai-enhanced-jsonl</c>, <c>papers-object-json</c>).</param>
/// <param name="Select">Which records belong to the document (<c>primaryCategory</c>, <c>id</c>), as written in the gold file.</param>
/// <param name="Omit">Members of the records the document does not show (an index page without abstracts): not scored.</param>
public sealed record GoldGenerator(string File, string Schema, IReadOnlyDictionary<string, string> Select, IReadOnlyList<string> Omit);
