namespace PaperDigest;

/// <summary>The one exception a malformed query throws (from <see cref="DigestQuery.Parse"/> and the methods that take query text).</summary>
public sealed class QuerySyntaxException : FormatException
{
    /// <summary>Creates the exception for an error at the start of the query.</summary>
    public QuerySyntaxException()
        : this(new QuerySyntaxError(0, "malformed query"))
    {
    }

    /// <summary>Creates the exception for an error at the start of the query.</summary>
    /// <param name="message">What is wrong.</param>
    public QuerySyntaxException(string message)
        : this(new QuerySyntaxError(0, message))
    {
    }

    /// <summary>Creates the exception for an error at the start of the query.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public QuerySyntaxException(string message, Exception innerException)
        : base(message, innerException) => Error = new QuerySyntaxError(0, message);

    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The syntax error.</param>
    public QuerySyntaxException(QuerySyntaxError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The syntax error.</summary>
    public QuerySyntaxError Error { get; }

    /// <summary>The 0-based offset of the error in the query text.</summary>
    public int Position => Error.Position;
}
