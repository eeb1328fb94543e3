using System.Text;

namespace PaperDigest.Cli;

/// <summary>
/// Everything the CLI prints goes through this writer: control characters from the input (a title, a caption,
/// a file name) would otherwise reach the terminal as escape sequences that retitle the window, clear the screen
/// or hide text. C0 controls other than tab, line feed and carriage return, DEL and the C1 controls print as
/// visible symbols (U+241B for ESC); bidirectional overrides print as U+FFFD.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer handles it.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public static TextWriter Wrap(TextWriter writer) => writer is TerminalSafeWriter ? writer : new TerminalSafeWriter(writer);

    public override void Write(char value) => inner.Write(Safe(value));

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(NeedsCleaning(value) ? Clean(value) : value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    /// <summary>
    /// A name from the input (a file name) printed inside a line: its line breaks as visible symbols (U+240D, U+240A),
    /// so a name cannot end the line and forge the next one (a fake summary or error line).
    /// </summary>
    public static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : value.Replace('\r', '\u240D').Replace('\n', '\u240A');

    /// <summary>The text with every unsafe character replaced, as this writer prints it.</summary>
    public static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(Safe(c));
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string value)
    {
        foreach (var c in value)
        {
            if (Safe(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static char Safe(char c) => c switch
    {
        '\t' or '\n' or '\r' => c,
        < ' ' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        >= '\u0080' and <= '\u009F' => '\uFFFD',
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => '\uFFFD',
        _ => c,
    };
}
