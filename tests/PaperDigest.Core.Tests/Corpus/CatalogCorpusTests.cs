using FluentAssertions;
using PaperDigest.Serialization;

namespace PaperDigest.Tests.Corpus;

/// <summary>Every catalog.txt fact of ../shared/corpus/README.md, checked against the raw file where a count can be recomputed.</summary>
public sealed class CatalogCorpusTests
{
    private const string File = "catalog.txt";

    private static DigestDocument Document => CorpusFiles.Parse(File);

    private static string[] RawLines => CorpusFiles.Read(File).Split('\n');

    [CorpusFact]
    public void Detects_catalog_with_full_score()
    {
        Document.Format.Should().Be(DigestFormat.Catalog);
        Document.Detection.Score.Should().BeGreaterThanOrEqualTo(0.9);
        Digest.Detect(CorpusFiles.Read(File)).Format.Should().Be(DigestFormat.Catalog);
    }

    [CorpusFact]
    public void Has_803_papers_and_no_diagnostics()
    {
        Document.Entries.Should().HaveCount(803);
        Document.Entries.Should().OnlyContain(e => e.Kind == EntryKind.Paper);
        Document.Entries.Select(e => e.Ordinal).Should().Equal(Enumerable.Range(1, 803));
        Document.Diagnostics.Should().BeEmpty();
    }

    [CorpusFact]
    public void Has_seven_sections_in_order_with_matching_counts()
    {
        Document.Sections.Select(s => (s.Title, s.DeclaredCount, s.EntryCount)).Should().Equal(
            ("指令微调与对齐", 186, 186),
            ("推理与思维链", 169, 169),
            ("效率与压缩", 131, 131),
            ("Agent 与工具使用", 100, 100),
            ("多模态基础模型", 74, 74),
            ("模型架构", 74, 74),
            ("LLM 预训练", 69, 69));
    }

    [CorpusFact]
    public void Every_paper_has_the_domain_and_its_section_as_category()
    {
        Document.Entries.Should().OnlyContain(e => e.Domain == "基础/前沿模型 (含LLM)");
        foreach (var section in Document.Sections)
        {
            var inSection = Document.Entries.Where(e => section.Span.Contains(e.Span.StartLine)).ToList();
            inSection.Should().HaveCount(section.EntryCount);
            inSection.Should().OnlyContain(e => e.Category == section.Title);
        }
    }

    [CorpusFact]
    public void Every_paper_has_six_fields_and_an_abstract_and_441_have_a_tldr()
    {
        Document.Entries.Should().OnlyContain(e => EntryField.CatalogFields.All(f => !string.IsNullOrWhiteSpace(e.GetField(f))));
        Document.Entries.Should().OnlyContain(e => e.Fields.Count == 6);
        Document.Entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Abstract));
        Document.Entries.Count(e => e.TlDr is not null).Should().Be(441);
        Document.Entries.Should().OnlyContain(e => e.Title == null);
    }

    [CorpusFact]
    public void Field_text_excludes_emoji_and_label()
    {
        foreach (var entry in Document.Entries)
        {
            entry.GetField(EntryField.Motivation).Should().NotStartWith("研究动机").And.NotContain("🎯");
            entry.GetField(EntryField.Method).Should().NotStartWith("主要方法").And.NotContain("🛠");
            entry.TlDr?.Should().NotStartWith("TL;DR");
        }
    }

    [CorpusFact]
    public void Abstracts_are_verbatim_with_their_line_breaks_and_without_markup()
    {
        var lines = RawLines;
        foreach (var entry in Document.Entries)
        {
            // Recomputed from the raw file: the lines after the abstract marker up to the paper's last line.
            var paperLines = lines[(entry.Span.StartLine - 1)..entry.Span.EndLine];
            var marker = Array.FindIndex(paperLines, l => l.StartsWith("查看完整摘要", StringComparison.Ordinal));
            // Bold marks and link syntax are markup, not text: a model string carries none (issue 28).
            var raw = string.Join('\n', paperLines[(marker + 1)..]).Trim();
            var unlinked = System.Text.RegularExpressions.Regex.Replace(raw, @"\[([^\]\n]+)\]\((https?://[^)\s]*)\)", "$1");
            var expected = System.Text.RegularExpressions.Regex.Replace(unlinked, @"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1", "$2");
            entry.Abstract.Should().Be(expected, "paper {0} at line {1}", entry.Ordinal, entry.Span.StartLine);
        }

        Document.Entries.Count(e => e.Abstract!.Contains('\n')).Should().BeGreaterThan(0);
        Document.Entries.Should().Contain(e => e.Abstract!.Contains("\\%"));
        Document.Entries.Should().NotContain(e => System.Text.RegularExpressions.Regex.IsMatch(e.Abstract!, @"\*\*\S[^\n*]*?\S\*\*"));
        Document.Entries.Should().Contain(e => e.Abstract!.Contains("*</think>*", StringComparison.Ordinal), "a token the paper names is not a tag");
        Document.Entries.Should().Contain(e => e.Abstract!.Contains('#'));
        Document.Entries.Should().Contain(e => e.Abstract!.Contains("https://"));
    }

    [CorpusFact]
    public void Tag_lines_split_like_a_plain_split_on_hash_semicolon_and_comma()
    {
        var lines = RawLines;
        var tagLines = 0;
        var semicolonLines = 0;
        var commaLines = 0;
        foreach (var entry in Document.Entries)
        {
            var tagLine = lines[(entry.Span.StartLine - 1)..entry.Span.EndLine].Single(l => l.StartsWith('#'));
            tagLines++;
            semicolonLines += tagLine.Contains(';') ? 1 : 0;
            commaLines += tagLine.Contains(',') ? 1 : 0;
            if (IsNested(tagLine))
            {
                continue;
            }

            var expected = tagLine.Split(['#', ';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct();
            entry.Tags.Select(t => t.Label).Should().Equal(expected, "tag line at paper {0}", entry.Ordinal);
            entry.Tags.Should().OnlyContain(t => t.Canonical == DigestTag.Resolve(t.Label, TagTaxonomy.BuiltIn).Canonical);
        }

        tagLines.Should().Be(803);
        semicolonLines.Should().Be(53);
        commaLines.Should().Be(1);
    }

    [CorpusFact]
    public void The_nested_tag_line_splits_into_outer_and_inner_tags()
    {
        var nested = Document.Entries.Where(e => IsNested(RawLines[(e.Span.StartLine - 1)..e.Span.EndLine].Single(l => l.StartsWith('#')))).ToList();
        nested.Should().ContainSingle();
        var labels = nested[0].Tags.Select(t => t.Label).ToList();
        labels.Should().HaveCount(8);
        labels.Should().OnlyContain(l => !l.Contains('(') && !l.Contains(')') && !l.Contains('#') && !l.Contains(';'));
        labels.Should().Contain(["SFT", "DPO", "SimPO"]);
    }

    [CorpusFact]
    public void Case_folded_tag_counts_match_the_readme_on_hash_only_lines()
    {
        // The README's counts (169, 81, 64, 32, 6, 17) are over the tag lines that use '#' alone;
        // lines with ';' or ',' add more tags of the same spelling, checked by the plain-split test above.
        var lines = RawLines;
        var counts = Document.Entries
            .Where(e => lines[(e.Span.StartLine - 1)..e.Span.EndLine].Single(l => l.StartsWith('#')).IndexOfAny([';', ',']) < 0)
            .SelectMany(e => e.Tags)
            .GroupBy(t => t.Label.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Count());
        counts["large language models"].Should().Be(169);
        counts["large language model"].Should().Be(81);
        counts["llm"].Should().Be(64);
        counts["llms"].Should().Be(32);
        counts["large language models (llms)"].Should().Be(6);
        counts["language models"].Should().Be(17);
    }

    [CorpusFact]
    public void Spans_cover_every_non_blank_line()
    {
        var lines = RawLines;
        var covered = new bool[lines.Length + 1];
        foreach (var span in Document.Entries.Select(e => e.Span).Concat(Document.Sections.Select(s => s.Span)))
        {
            for (var line = span.StartLine; line <= span.EndLine; line++)
            {
                covered[line] = true;
            }
        }

        var uncovered = Enumerable.Range(1, lines.Length).Where(n => !covered[n] && !string.IsNullOrWhiteSpace(lines[n - 1])).ToList();
        uncovered.Should().BeEmpty();
    }

    [CorpusFact]
    public void Json_round_trips_the_whole_catalog()
    {
        var json = DigestJson.Serialize(Document);
        var back = DigestJson.Deserialize(json);
        DigestJson.Serialize(back).Should().Be(json);
        back.Entries.Should().HaveCount(803);
        // A member-by-member comparison of every entry is slow; a tenth of them, spread out, is enough.
        var sample = Enumerable.Range(0, 80).Select(i => i * 10).ToArray();
        sample.Select(i => back.Entries[i]).Should().BeEquivalentTo(sample.Select(i => Document.Entries[i]), o => o.WithStrictOrdering());
        back.Sections.Should().BeEquivalentTo(Document.Sections, o => o.WithStrictOrdering());
        back.Detection.Should().BeEquivalentTo(Document.Detection);
    }

    // The one tag line whose parentheses hold '#'-separated tags.
    private static bool IsNested(string tagLine)
    {
        var open = tagLine.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : tagLine.IndexOf(')', open);
        return open >= 0 && close > open && tagLine[open..close].Contains('#');
    }
}
