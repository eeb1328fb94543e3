using FluentAssertions;
using PaperDigest.Evaluation;

namespace PaperDigest.Tests.Evaluation;

/// <summary>Each metric of <see cref="DigestEvaluator"/> on small made-up documents.</summary>
public sealed class DigestEvaluatorTests
{
    private const string Text = "a\nb\nc\nd\n";

    [Fact]
    public void A_perfect_parse_scores_one_everywhere()
    {
        var evaluation = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha"), GoldPaper("2501.00002", "Beta")), Parsed(Paper("2501.00001", "Alpha", 1), Paper("2501.00002", "Beta", 2)), Text);

        evaluation.DetectedCorrectly.Should().Be(1);
        evaluation.MatchedEntries.Should().Be(2);
        evaluation.EntryPrecision.Should().Be(1);
        evaluation.EntryRecall.Should().Be(1);
        evaluation.Fields[EntryMembers.Title].Should().Be(new FieldScore(2, 2, 2));
        evaluation.Links.Should().Be(new SetScore(2, 0, 0));
        evaluation.Misses.Should().BeEmpty();
    }

    [Fact]
    public void A_missed_entry_lowers_recall_and_fails_its_checks()
    {
        var evaluation = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha"), GoldPaper("2501.00002", "Beta")), Parsed(Paper("2501.00002", "Beta", 1)), Text);

        evaluation.MatchedEntries.Should().Be(1);
        evaluation.EntryRecall.Should().Be(0.5);
        evaluation.EntryPrecision.Should().Be(1);
        evaluation.Fields[EntryMembers.Title].Should().Be(new FieldScore(2, 1, 1));
        evaluation.Links.Should().Be(new SetScore(1, 0, 1));
        evaluation.Misses.Should().Contain(m => m.Member == "entry" && m.Expected == "Alpha");
    }

    [Fact]
    public void An_extra_entry_lowers_precision()
    {
        var evaluation = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha")), Parsed(Paper("2501.00009", "Noise", 1), Paper("2501.00001", "Alpha", 2)), Text);

        evaluation.MatchedEntries.Should().Be(1);
        evaluation.EntryPrecision.Should().Be(0.5);
        evaluation.EntryRecall.Should().Be(1);
        evaluation.Fields[EntryMembers.Title].Should().Be(new FieldScore(1, 1, 1), "the gold entry pairs with Alpha by its arXiv id, not with the first entry");
    }

    [Fact]
    public void A_wrong_field_fails_both_matches()
    {
        var gold = Gold(GoldPaper("2501.00001", "Alpha") with { Texts = Texts(("title", GoldText.Is("Alpha")), ("fields.method", GoldText.Affixes("提出", "。"))) });
        var evaluation = DigestEvaluator.Score(gold, Parsed(Paper("2501.00001", "Alpha", 1, method: "我们设计了一个检索器。")), Text);

        evaluation.Fields["fields.method"].Should().Be(new FieldScore(1, 0, 0));
        evaluation.Misses.Should().ContainSingle().Which.Should().Be(new EvaluationMiss(1, "fields.method", "提出…。", "我们设计了一个检索器。", false));
    }

    [Fact]
    public void A_width_or_spacing_difference_fails_exact_and_passes_soft()
    {
        var gold = Gold(new GoldEntry
        {
            Texts = Texts(("title", GoldText.Is("ＬＬＭ 推理：综述（2025）")), ("tldr", GoldText.Affixes("Ａ survey，"))),
        });
        var evaluation = DigestEvaluator.Score(gold, Parsed(new DigestEntry { Ordinal = 1, Title = "LLM推理: 综述 (2025)", TlDr = "a survey, of reasoning." }), Text);

        evaluation.Fields["title"].Should().Be(new FieldScore(1, 0, 1));
        evaluation.Fields["tldr"].Should().Be(new FieldScore(1, 0, 1));
        evaluation.Misses.Should().OnlyContain(m => m.SoftMatch);
    }

    [Fact]
    public void A_list_flattened_or_markdown_escaped_by_one_rendering_fails_exact_and_passes_soft()
    {
        var gold = Gold(new GoldEntry
        {
            Texts = Texts(("fields.limitations", GoldText.Is("- 可能敏感。\n- 开销较高。")), ("abstract", GoldText.Is("gains of 10\\% over `even pairs'"))),
        });
        var entry = new DigestEntry
        {
            Ordinal = 1,
            Abstract = "gains of 10% over even pairs'",
            Fields = new Dictionary<EntryField, string> { [EntryField.Limitations] = "可能敏感。开销较高。" }.AsReadOnly(),
        };

        var evaluation = DigestEvaluator.Score(gold, Parsed(entry), Text);

        evaluation.Fields["fields.limitations"].Should().Be(new FieldScore(1, 0, 1));
        evaluation.Fields["abstract"].Should().Be(new FieldScore(1, 0, 1));
    }

    [Fact]
    public void Presence_facts_check_only_whether_text_is_there()
    {
        var gold = Gold(new GoldEntry { Texts = Texts(("abstract", GoldText.IsPresent()), ("tldr", GoldText.IsPresent(false))) });

        DigestEvaluator.Score(gold, Parsed(new DigestEntry { Ordinal = 1, Abstract = "Text.", TlDr = null }), Text).EntryFields.Should().Be(new FieldScore(2, 2, 2));
        DigestEvaluator.Score(gold, Parsed(new DigestEntry { Ordinal = 1, Abstract = "  ", TlDr = "Oops" }), Text).EntryFields.Should().Be(new FieldScore(2, 0, 0));
    }

    [Fact]
    public void Entries_align_by_id_then_title_then_ordinal_then_order()
    {
        var gold = Gold(
            new GoldEntry { Texts = Texts(("topic", GoldText.Is("ordered"))) },
            new GoldEntry { Texts = Texts(("title", GoldText.Is("Ｔｉｔｌｅｄ")), ("topic", GoldText.Is("titled"))) },
            new GoldEntry { Links = [new GoldLink(LinkKind.Arxiv, "2501.00003v2")], Texts = Texts(("topic", GoldText.Is("by id"))) },
            new GoldEntry { Ordinal = 2, Texts = Texts(("topic", GoldText.Is("pinned"))) });
        var parsed = Parsed(
            new DigestEntry { Ordinal = 1, Topic = "by id", Links = [new DigestLink(LinkKind.Arxiv, "2501.00003", "https://arxiv.org/abs/2501.00003")] },
            new DigestEntry { Ordinal = 2, Topic = "pinned" },
            new DigestEntry { Ordinal = 3, Topic = "titled", Title = "titled" },
            new DigestEntry { Ordinal = 4, Topic = "ordered" });

        var evaluation = DigestEvaluator.Score(gold, parsed, Text);

        evaluation.MatchedEntries.Should().Be(4);
        evaluation.Fields["topic"].Should().Be(new FieldScore(4, 4, 4), "the version suffix and the width of the title do not keep entries apart");
    }

    [Fact]
    public void Order_alignment_does_not_pair_entries_naming_different_papers()
    {
        var evaluation = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha")), Parsed(Paper("2501.00002", "Beta", 1)), Text);

        evaluation.MatchedEntries.Should().Be(0);
        evaluation.EntryPrecision.Should().Be(0);
        evaluation.EntryRecall.Should().Be(0);
    }

    [Fact]
    public void Tags_and_links_score_as_sets()
    {
        var gold = Gold(new GoldEntry
        {
            Tags = ["LLM", "RLHF", "Ａgents"],
            Links = [new GoldLink(LinkKind.Arxiv, "2501.00001"), new GoldLink(LinkKind.GitHub, "org/repo")],
        });
        var parsed = Parsed(new DigestEntry
        {
            Ordinal = 1,
            Tags = [DigestTag.FromLabel("llm"), DigestTag.FromLabel("agents"), DigestTag.FromLabel("DPO")],
            Links =
            [
                new DigestLink(LinkKind.Arxiv, "2501.00001v1", "https://arxiv.org/abs/2501.00001v1"),
                new DigestLink(LinkKind.Web, null, "https://example.com/"),
                new DigestLink(LinkKind.HuggingFace, "org/model", "https://huggingface.co/org/model"),
            ],
        });

        var evaluation = DigestEvaluator.Score(gold, parsed, Text);

        evaluation.Tags.Should().Be(new SetScore(2, 1, 1));
        evaluation.Tags.F1.Should().BeApproximately(2.0 / 3, 1e-9);
        evaluation.Links.Should().Be(new SetScore(1, 1, 1), "the web link has no id and is not scored; the Hugging Face one is extra");
    }

    [Fact]
    public void Document_facts_sections_and_counts_are_checked()
    {
        var gold = Gold() with
        {
            Document = new GoldDocumentFacts { Title = GoldText.Is("Daily"), Url = GoldText.Is("https://x.test/"), Date = GoldText.Is("2026-02-01"), Tags = ["論文"] },
            Sections = [new GoldSection("重点关注", 4), new GoldSection("今日观察", null), new GoldSection("Missing", 2)],
        };
        var parsed = new DigestDocument
        {
            Format = DigestFormat.Catalog,
            Title = "Daily",
            Date = new DateOnly(2026, 2, 1),
            Tags = [DigestTag.FromLabel("论文")],
            Sections =
            [
                new DigestSection { Title = "🔥 重点关注", EntryCount = 4 },
                new DigestSection { Title = "今日观察" },
                new DigestSection { Title = "Extra" },
            ],
        };

        var evaluation = DigestEvaluator.Score(gold, parsed, Text);

        evaluation.Fields["document.title"].Should().Be(new FieldScore(1, 1, 1));
        evaluation.Fields["document.url"].Should().Be(new FieldScore(1, 0, 0));
        evaluation.Fields["document.date"].Should().Be(new FieldScore(1, 1, 1));
        evaluation.Fields["document.tags"].Should().Be(new FieldScore(1, 0, 0), "soft folding does not fold Traditional to Simplified");
        evaluation.Sections.Should().Be(new SetScore(2, 1, 1), "an emoji before a title is decoration");
        evaluation.Fields[EvaluationScores.SectionCounts].Should().Be(new FieldScore(2, 1, 1));
        evaluation.DocumentFacts.Should().Be(new FieldScore(4, 2, 2));
        evaluation.EntryFields.Should().Be(default(FieldScore));
    }

    [Fact]
    public void Wrong_detection_and_unaccounted_lines_are_reported()
    {
        var parsed = new DigestDocument { Format = DigestFormat.Blog, Entries = [new DigestEntry { Ordinal = 1, Span = new LineSpan(1, 2) }] };

        var evaluation = DigestEvaluator.Score(Gold(new GoldEntry()), parsed, "one\ntwo\n\nfour\r\nfive\rsix");

        evaluation.DetectedCorrectly.Should().Be(0);
        evaluation.UnaccountedLineNumbers.Should().Equal(4, 5, 6);
        evaluation.UnaccountedLines.Should().Be(3);
    }

    [Fact]
    public void An_entry_count_beyond_the_listed_entries_adds_template_entries()
    {
        var gold = Gold(GoldPaper("2501.00001", "Alpha")) with
        {
            EntryCount = 3,
            Each = new GoldEntry { Texts = Texts(("abstract", GoldText.IsPresent())) },
        };
        var parsed = Parsed(Paper("2501.00001", "Alpha", 1) , new DigestEntry { Ordinal = 2, Abstract = "x" });

        var evaluation = DigestEvaluator.Score(gold, parsed, Text);

        evaluation.GoldEntries.Should().Be(3);
        evaluation.MatchedEntries.Should().Be(2);
        evaluation.Fields["abstract"].Should().Be(new FieldScore(3, 1, 1), "Alpha has no abstract and the third paper is missing");
    }

    [Fact]
    public void Sums_are_micro_averages()
    {
        var one = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha")), Parsed(Paper("2501.00001", "Alpha", 1)), Text);
        var two = DigestEvaluator.Score(Gold(GoldPaper("2501.00001", "Alpha"), GoldPaper("2501.00002", "B"), GoldPaper("2501.00003", "C")), Parsed(), Text);

        var total = EvaluationScores.Sum([one, two]);

        total.Documents.Should().Be(2);
        total.GoldEntries.Should().Be(4);
        total.EntryRecall.Should().Be(0.25);
        total.Fields["title"].Should().Be(new FieldScore(4, 1, 1));
        two.EntryPrecision.Should().Be(0, "nothing was found although entries were expected");
    }

    [Fact]
    public void Evaluate_parses_with_the_pipeline()
    {
        var text = File.ReadAllText(Fixtures.Path("catalog/basic.txt"));
        var document = Digest.Parse(text);
        var gold = new GoldDocument { Input = "catalog", Format = DigestFormat.Catalog, EntryCount = document.Entries.Count, Each = new GoldEntry { Texts = Texts(("abstract", GoldText.IsPresent())) } };

        var evaluation = new DigestEvaluator().Evaluate(gold, text);

        evaluation.DetectedCorrectly.Should().Be(1);
        evaluation.ParsedEntries.Should().Be(document.Entries.Count).And.BeGreaterThan(0);
        evaluation.EntryRecall.Should().Be(1);
        evaluation.Fields["abstract"].ExactRate.Should().Be(1);
        evaluation.UnaccountedLines.Should().Be(0);
    }

    private static GoldDocument Gold(params GoldEntry[] entries) => new() { Input = "made-up.txt", Format = DigestFormat.Catalog, Entries = entries };

    private static DigestDocument Parsed(params DigestEntry[] entries) => new() { Format = DigestFormat.Catalog, Entries = entries, HeaderSpan = new LineSpan(1, 4) };

    private static GoldEntry GoldPaper(string arxiv, string title) => new()
    {
        Texts = Texts(("title", GoldText.Is(title))),
        Links = [new GoldLink(LinkKind.Arxiv, arxiv)],
    };

    private static DigestEntry Paper(string arxiv, string title, int ordinal, string? method = null) => new()
    {
        Ordinal = ordinal,
        Title = title,
        Links = [new DigestLink(LinkKind.Arxiv, arxiv, "https://arxiv.org/abs/" + arxiv)],
        Fields = method is null ? null! : new Dictionary<EntryField, string> { [EntryField.Method] = method },
    };

    private static Dictionary<string, GoldText> Texts(params (string Member, GoldText Fact)[] facts) =>
        facts.ToDictionary(f => f.Member, f => f.Fact);
}
