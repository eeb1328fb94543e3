using FluentAssertions;
using PaperDigest.Internals;

namespace PaperDigest.Tests.Internals;

/// <summary>The inline case mapping the label and tag scanners use agrees with the runtime's for every character.</summary>
public sealed class InvariantCaseTests
{
    [Fact]
    public void Every_utf16_code_unit_maps_as_char_ToUpperInvariant_and_ToLowerInvariant_do()
    {
        var upper = new List<int>();
        var lower = new List<int>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (InvariantCase.ToUpper(c) != char.ToUpperInvariant(c))
            {
                upper.Add(i);
            }

            if (InvariantCase.ToLower(c) != char.ToLowerInvariant(c))
            {
                lower.Add(i);
            }
        }

        upper.Should().BeEmpty();
        lower.Should().BeEmpty();
        InvariantCase.ToUpper('a').Should().Be('A');
        InvariantCase.ToLower('Ω').Should().Be('ω');
        InvariantCase.ToLower('模').Should().Be('模');
    }
}
