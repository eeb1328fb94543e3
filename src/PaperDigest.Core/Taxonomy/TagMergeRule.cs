namespace PaperDigest;

/// <summary>Why a <see cref="TagMerge"/> put two labels together.</summary>
public enum TagMergeRule
{
    /// <summary>A label spells the acronym out: <c>Visual Question Answering (VQA)</c> teaches <c>VQA</c>.</summary>
    SpelledOut,

    /// <summary>An acronym and a phrase whose word initials are its letters both occur (<c>VQA</c>, <c>visual question answering</c>).</summary>
    Initials,
}
