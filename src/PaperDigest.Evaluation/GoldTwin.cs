namespace PaperDigest.Evaluation;

/// <summary>Another rendering of the same document (a text export of a page) whose parse supplies the gold entries.</summary>
/// <param name="Input">The twin's path, relative to the corpus folder.</param>
/// <param name="Compare">The entry members taken from the twin (<c>abstract</c>, <c>fields.method</c>, <c>tags</c>, …).</param>
public sealed record GoldTwin(string Input, IReadOnlyList<string> Compare);
