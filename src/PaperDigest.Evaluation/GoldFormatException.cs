namespace PaperDigest.Evaluation;

/// <summary>A gold file is not valid JSON or not in the gold format; the message names the file and the JSON path.</summary>
public sealed class GoldFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public GoldFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GoldFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a place in a gold file.</summary>
    /// <param name="source">The file (or another name for the input).</param>
    /// <param name="path">The JSON path of the offending value (<c>$.entries[3].links[0].kind</c>).</param>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GoldFormatException(string source, string path, string problem, Exception? innerException = null)
        : base($"{source}: {path}: {problem}", innerException)
    {
        GoldFile = source;
        JsonPath = path;
    }

    /// <summary>The gold file (or the name given for the input), when known.</summary>
    public string? GoldFile { get; }

    /// <summary>The JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }
}
