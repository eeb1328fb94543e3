using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void No_arguments_parses_the_embedded_sample_and_prints_a_summary()
    {
        var (code, stdout, stderr) = Run();

        code.Should().Be(0);
        stderr.Should().Be("No input given: parsing the built-in sample catalog. Run 'paperdigest --help' for usage.\n");
        stdout.Should().StartWith("built-in sample: catalog (score 1.00), language zh-Hans\n")
            .And.Contain("entries: 3")
            .And.Contain("sections: 2")
            .And.Contain("  推理与思维链: 2 (declared 2)")
            .And.Contain("top categories:")
            .And.Contain("top tags:")
            .And.Contain("diagnostics: 0");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("parse", "--help")]
    public void Help_prints_usage(params string[] args)
    {
        var (code, stdout, _) = Run(args);

        code.Should().Be(0);
        stdout.Should().Contain("Usage:").And.Contain("parse <FILE|DIR>").And.Contain("--help");
    }

    [Fact]
    public void Each_command_has_its_own_help_with_its_options()
    {
        var (code, stdout, _) = Run("query", "--help");

        code.Should().Be(0);
        stdout.Should().Contain(" query <FILE|DIR>... [options]")
            .And.Contain("--facet <KIND>").And.Contain("--limit <N>").And.Contain("-q, --query <QUERY>")
            .And.NotContain("--strict");
    }

    [Theory]
    [InlineData("file not found: no-such-file.txt", "parse", "no-such-file.txt")]
    [InlineData("file not found: no-such-file.txt", "detect", "no-such-file.txt")]
    [InlineData("unknown option '--bogus'", "parse", "x.txt", "--bogus")]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Required argument 'FILE|DIR' missing for command: 'parse'", "parse")]
    [InlineData("Required argument missing for option: '--format'", "parse", "x.txt", "--format")]
    [InlineData("Unrecognized command or argument '--jsno'", "detect", "x.txt", "--jsno")]
    [InlineData("unknown option '--jsno'", "parse", "x.txt", "--jsno")]
    public void Bad_input_or_options_exit_2_with_one_line_on_stderr(string message, params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.TrimEnd().Should().NotContain("\n").And.Contain(message);
    }

    [Fact]
    public void Unknown_format_name_exits_2_and_lists_the_known_ones()
    {
        var (code, _, stderr) = Run("parse", Fixtures.Path("catalog/basic.txt"), "--format", "nope");

        code.Should().Be(2);
        stderr.Should().Contain("unknown format 'nope' (known: catalog");
    }

    [Fact]
    public void Parse_json_prints_the_document()
    {
        var (code, stdout, _) = Run("parse", Fixtures.Path("catalog/basic.txt"), "--json");

        code.Should().Be(0);
        var json = JsonNode.Parse(stdout)!;
        json["format"]!.GetValue<string>().Should().Be("catalog");
        json["entries"]!.AsArray().Should().HaveCount(4);
        json["entries"]![0]!["fields"]!["motivation"]!.GetValue<string>().Should().Be("长链推理成本高,短推理又容易出错。");
    }

    [Fact]
    public void Parse_reads_standard_input_for_a_dash()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Read("catalog/basic.txt"));

        var (code, stdout, _) = Run(() => new MemoryStream(bytes), "parse", "-");

        code.Should().Be(0);
        stdout.Should().StartWith("-: catalog").And.Contain("entries: 4");
    }

    [Fact]
    public void Strict_parse_of_a_broken_catalog_exits_1()
    {
        var (code, _, stderr) = Run("parse", Fixtures.Path("catalog/missing-fields.txt"), "--strict");

        code.Should().Be(1);
        stderr.Should().Contain("PD1002");
    }

    [Fact]
    public void Detect_prints_the_format_score_and_candidates()
    {
        var (code, stdout, _) = Run("detect", Fixtures.Path("catalog/basic.txt"));

        code.Should().Be(0);
        stdout.Should().StartWith("format: catalog (score 1.00)")
            .And.Contain("candidates:")
            .And.Contain("catalog    1.00  6 kinds of field label");
    }

    [Fact]
    public void Detect_json_prints_candidates_with_reasons()
    {
        var (code, stdout, _) = Run("detect", Fixtures.Path("catalog/basic.txt"), "--json");

        code.Should().Be(0);
        var json = JsonNode.Parse(stdout)!;
        json["format"]!.GetValue<string>().Should().Be("catalog");
        json["candidates"]![0]!["reason"]!.GetValue<string>().Should().StartWith("6 kinds of field label");
    }

    [Fact]
    public void Parse_accepts_several_files_and_directories_and_prints_json_lines()
    {
        var directory = Fixtures.Path("tagged");

        var (code, stdout, stderr) = Run("parse", directory, Fixtures.Path("catalog/basic.txt"), "--json");

        code.Should().Be(0);
        stderr.Should().BeEmpty("progress goes to stderr only when it is a terminal");
        var documents = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        documents.Should().HaveCount(Directory.GetFiles(directory).Length + 1);
        documents.Select(d => d["format"]!.GetValue<string>()).Should().Contain(["tagged", "catalog"]);
        documents.Select(d => d["path"]!.GetValue<string>()).Should().Equal(
            [.. Directory.GetFiles(directory).Order(StringComparer.Ordinal), Fixtures.Path("catalog/basic.txt")],
            "JSON lines come in argument and file order, each with its path, whatever order the parses finish in");
    }

    [Fact]
    public void A_file_name_with_line_breaks_prints_on_one_line_and_forges_no_other()
    {
        var folder = Directory.CreateTempSubdirectory("paperdigest-names-");
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder.FullName, "a\nb.txt: unknown (score 0.00)\r.txt"));

            var (code, stdout, _) = Run("parse", folder.FullName, Fixtures.Path("catalog/basic.txt"));

            code.Should().Be(0);
            stdout.Should().Contain("a\u240Ab.txt: unknown (score 0.00)\u240D.txt: catalog (score");
            stdout.Split('\n').Should().NotContain(line => line.StartsWith("b.txt", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Several_inputs_with_a_missing_one_exit_2()
    {
        var (code, _, stderr) = Run("parse", Fixtures.Path("catalog/basic.txt"), "missing-file.txt");

        code.Should().Be(2);
        stderr.Should().Contain("file not found: missing-file.txt");
    }

    [Fact]
    public void Progress_goes_to_stderr_when_it_is_a_terminal()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["parse", Fixtures.Path("tagged"), "--json"], stdout, stderr, () => new MemoryStream(), stderrIsTerminal: true);

        code.Should().Be(0);
        var files = Directory.GetFiles(Fixtures.Path("tagged")).Length;
        stderr.ToString().Should().Contain($"] {files}/{files} files").And.Contain("/s  ETA 0:00");
        stderr.ToString().Should().EndWith("\r", "the bar is cleared when the run ends");
        stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(files);
    }

    [Fact]
    public void A_folder_with_a_link_cycle_is_read_once_and_the_link_reported()
    {
        var folder = Directory.CreateTempSubdirectory("paperdigest-cycle-").FullName;
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "a.txt"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);

            var (code, stdout, stderr) = Run("parse", folder);

            code.Should().Be(0);
            stdout.Split('\n').Count(l => l.Contains("(score ", StringComparison.Ordinal)).Should().Be(1);
            stderr.Should().Be($"paperdigest: skipped {Path.Combine(folder, "loop")}: a link to a directory (links to directories are not followed)\n");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_in_a_folder_that_is_not_a_digest_is_skipped_with_a_note_but_read_when_named()
    {
        var folder = Directory.CreateTempSubdirectory("paperdigest-mixed-").FullName;
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "a.txt"));
            var notes = Path.Combine(folder, "notes.md");
            File.WriteAllText(notes, "# Notes\n\nThese are my notes about the reading group.\n\nWe meet on Fridays.\n");

            var inFolder = Run("parse", folder);
            var queried = Run("query", folder);
            var named = Run("parse", notes, Path.Combine(folder, "a.txt"));

            inFolder.Code.Should().Be(0);
            inFolder.Stdout.Split('\n').Count(l => l.Contains("(score ", StringComparison.Ordinal)).Should().Be(1);
            inFolder.Stderr.Should().StartWith($"paperdigest: skipped {notes}: not a digest (no layout fits; closest: ");
            queried.Stdout.Should().StartWith("4 of 4 entries in 1 document(s)");
            named.Stdout.Should().Contain($"{notes}: unknown");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Zero_byte_files_are_refused_when_named_and_skipped_in_folders_and_an_empty_folder_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("paperdigest-empty-").FullName;
        try
        {
            var empty = Path.Combine(folder, "empty.txt");
            File.WriteAllBytes(empty, []);

            var named = Run("parse", empty);
            var inFolder = Run("parse", folder);
            Directory.CreateDirectory(Path.Combine(folder, "none"));
            var noDigests = Run("parse", Path.Combine(folder, "none"));

            named.Code.Should().Be(2);
            named.Stderr.Should().StartWith($"paperdigest: {empty}: no bytes to read (an empty file, or a pipe or device: pipe those to standard input with '-')");
            inFolder.Stderr.Should().Contain($"skipped {empty}: no bytes to read");
            noDigests.Code.Should().Be(2);
            noDigests.Stderr.Should().StartWith("paperdigest: no digest files (.txt, .md, .markdown, .html, .htm) under ");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unreadable_subfolder_is_reported_and_the_rest_is_read()
    {
        // Root reads a directory whatever its mode, so the directory listing itself fails here, as it does for a
        // user without the right.
        var folder = Directory.CreateTempSubdirectory("paperdigest-locked-").FullName;
        try
        {
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(folder, "a.txt"));
            var locked = Directory.CreateDirectory(Path.Combine(folder, "locked")).FullName;
            File.Copy(Fixtures.Path("catalog/basic.txt"), Path.Combine(locked, "b.txt"));

            // The CLI walks folders with the library's DigestFolder; the listing says what it passed over and why.
            var listing = DigestFolder.ListWith(folder, null, recursive: true, DigestOptions.DefaultMaxInputBytes, directory => directory.FullName == locked
                ? throw new UnauthorizedAccessException($"Access to the path '{locked}' is denied.")
                : directory.GetFileSystemInfos());

            listing.Files.Should().Equal(Path.Combine(folder, "a.txt"));
            listing.PassedOver.Should().Equal(new DigestFolderSkip(locked, $"Access to the path '{locked}' is denied.", IsProblem: true));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_past_the_byte_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"paperdigest-large-{Guid.NewGuid():N}.txt");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(DigestOptions.DefaultMaxInputBytes + 1);   // sparse: nothing is written
            }

            var (code, _, stderr) = Run("parse", path);

            code.Should().Be(2);
            stderr.Should().Be($"paperdigest: {path}: {DigestOptions.DefaultMaxInputBytes + 1} bytes, more than the limit of {DigestOptions.DefaultMaxInputBytes} bytes (DigestOptions.MaxInputBytes) (see paperdigest --help)\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Terminal_escapes_from_the_input_print_as_visible_symbols()
    {
        var folder = Directory.CreateTempSubdirectory("paperdigest-escape-").FullName;
        try
        {
            var path = Path.Combine(folder, "x\u001b[31my.txt");
            File.WriteAllText(path, "\u001b]0;pwned\u0007 Title line\n\n" + Fixtures.Read("article/titled.txt"));

            var (code, stdout, stderr) = Run("parse", path, Fixtures.Path("catalog/basic.txt"));

            code.Should().Be(0);
            (stdout + stderr).Should().NotContain("\u001b").And.NotContain("\u0007");
            stdout.Should().Contain("x\u241b[31my.txt");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_terminal_safe_writer_replaces_controls_and_bidi_overrides_and_keeps_tabs_and_line_ends()
    {
        var writer = new StringWriter();

        new TerminalSafeWriter(writer).Write("a \u001b[2J \u009b \u202e \u007f\tb\r\n");

        writer.ToString().Should().Be("a \u241b[2J \ufffd \ufffd \u2421\tb\r\n");
    }

    [Fact]
    public void Parse_lists_the_papers_under_the_summary_and_summary_alone_on_request()
    {
        var (code, stdout, _) = Run();
        var (summaryCode, summaryOnly, _) = Run("parse", Fixtures.Path("catalog/basic.txt"), "--summary");

        code.Should().Be(0);
        stdout.Should().EndWith("""
            papers:
              #  title                                                     first author          arXiv             tags
              1  Short rollouts with a verifier teach a small model to c…  –                     –                 large-language-models, reasoning, reinforcement-learning
              2  Final-answer accuracy overstates how well models reason…  –                     2501.01234        large-language-models, chain-of-thought, evaluation
              3  Low-bit quantization degrades long-context retrieval. W…  –                     –                 quantization, large-language-models, inference-acceleration

            """.ReplaceLineEndings("\n"));
        summaryCode.Should().Be(0);
        summaryOnly.Should().Contain("entries: ").And.NotContain("papers:");
    }

    [Theory]
    [InlineData("-q")]
    [InlineData("--query")]
    [InlineData("--q")]
    public void The_query_option_is_query_with_q_as_its_short_form(string option)
    {
        var (code, stdout, stderr) = Run("query", Fixtures.Path("catalog/basic.txt"), option, "tag:rlvr");

        code.Should().Be(0, stderr);
        stdout.Should().Contain(" match tag:rlvr");
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("tags")]
    [InlineData("query")]
    [InlineData("groups")]
    public void A_folder_with_no_digest_exits_2_with_nothing_on_stdout(string command)
    {
        var empty = Directory.CreateTempSubdirectory("pd-empty-");
        var notes = Directory.CreateTempSubdirectory("pd-notes-");
        File.WriteAllText(Path.Combine(notes.FullName, "notes.txt"), "just some notes here\n");
        try
        {
            var (emptyCode, emptyOut, emptyErr) = Run(command, empty.FullName);
            var (notesCode, notesOut, notesErr) = Run(command, notes.FullName);

            emptyCode.Should().Be(2);
            emptyOut.Should().BeEmpty();
            emptyErr.Should().Contain("no digest files");
            notesCode.Should().Be(2);
            notesOut.Should().BeEmpty();
            notesErr.Should().Contain("not a digest").And.EndWith("paperdigest: no digest to read: 1 file(s) skipped\n");
        }
        finally
        {
            empty.Delete(recursive: true);
            notes.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) =>
        Run(() => new MemoryStream(), args);

    private static (int Code, string Stdout, string Stderr) Run(Func<Stream> stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, stdin);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
