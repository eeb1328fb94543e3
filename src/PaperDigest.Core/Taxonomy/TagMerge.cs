namespace PaperDigest;

/// <summary>
/// Two labels a set of documents shows to be one tag, learned without a taxonomy entry: an acronym and its
/// expansion. Learned merges are reported, never applied silently: <see cref="DigestCorpus.LearnTagMerges"/> and
/// <see cref="TagTaxonomy.LearnMerges"/> return them, <see cref="TagTaxonomyBuilder.AddMerges"/> turns them into labels.
/// </summary>
/// <param name="Label">The acronym as written most often (<c>VQA</c>).</param>
/// <param name="Into">The expansion as written most often (<c>visual question answering</c>).</param>
/// <param name="Canonical">What both now resolve to: the expansion's concept id, or its normalized key when no concept takes it.</param>
/// <param name="IsMapped">Whether <paramref name="Canonical"/> is a concept id.</param>
/// <param name="Rule">Why the two were merged.</param>
/// <param name="Evidence">What was seen, e.g. <c>'VQA' ×2 and 'visual question answering' ×3: V-Q-A are its initials</c>.</param>
public sealed record TagMerge(string Label, string Into, string Canonical, bool IsMapped, TagMergeRule Rule, string Evidence);
