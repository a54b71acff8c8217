using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Maps_every_character_as_the_runtime_does()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (InvariantCase.ToUpper((char)c) != char.ToUpperInvariant((char)c)) Assert.Fail($"upper case of U+{c:X4}");
            if (InvariantCase.ToLower((char)c) != char.ToLowerInvariant((char)c)) Assert.Fail($"lower case of U+{c:X4}");
        }
    }
}
