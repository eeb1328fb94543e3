using System.Text.Json.Serialization;

namespace PaperDigest;

/// <summary>What a <see cref="DigestLink"/> points to.</summary>
// As camelCase strings with any System.Text.Json options, as DigestJson writes them.
[JsonConverter(typeof(Serialization.CamelCaseEnumConverter<LinkKind>))]
public enum LinkKind
{
    /// <summary>Any other web page.</summary>
    Web,

    /// <summary>An arXiv paper (abs, pdf or html page).</summary>
    Arxiv,

    /// <summary>A GitHub repository or page.</summary>
    [JsonStringEnumMemberName("github")]
    GitHub,

    /// <summary>A Hugging Face model, dataset or space.</summary>
    [JsonStringEnumMemberName("huggingface")]
    HuggingFace,

    /// <summary>An OpenReview forum or PDF.</summary>
    [JsonStringEnumMemberName("openreview")]
    OpenReview,

    /// <summary>A DOI.</summary>
    Doi,

    /// <summary>A project home page.</summary>
    Project,

    /// <summary>An online demo.</summary>
    Demo,

    /// <summary>An image's address (<c>![alt](url)</c> in Markdown, <c>&lt;img src&gt;</c> in HTML); never a paper's id.</summary>
    Image,
}
