using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract.Text;

public sealed class IgnoreCaseTextTests
{
    [Theory]
    [InlineData("GPT-4o", "gpt-4O", true)]
    [InlineData("大语言模型", "大语言模型", true)]
    [InlineData("大语言模型", "大语言模式", false)]
    [InlineData("Llama 2", "LLAMA 2", true)]
    [InlineData("Llama 2", "Llama 3", false)]
    [InlineData("Σigma", "σIGMA", true)]
    [InlineData("café", "CAFÉ", true)]
    [InlineData("ab", "abc", false)]
    public void Matches_as_ordinal_ignore_case_does(string value, string text, bool expected)
    {
        Assert.Equal(expected, new IgnoreCaseText(value).Matches(text));
        Assert.Equal(expected, text.Equals(value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_case_sensitive_value_matches_only_its_own_spelling()
    {
        var sd = new IgnoreCaseText("SD", caseSensitive: true);

        Assert.True(sd.Matches("SD"));
        Assert.False(sd.Matches("sd"));
        Assert.False(sd.IsAt("SD", 1));
        Assert.True(sd.IsAt("an SD model", 3));
    }

    [Fact]
    public void Every_character_compares_with_its_case_partners_as_ordinal_ignore_case_does()
    {
        // The inline comparison relies on ASCII letters equalling no other character and on characters without case
        // equalling only themselves: checked against the runtime for every character.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            foreach (var value in new[] { "a", "Z", "k", "s", "i", "模", "7", "-", text, char.ToUpperInvariant((char)c).ToString(), char.ToLowerInvariant((char)c).ToString() })
            {
                var expected = text.Equals(value, StringComparison.OrdinalIgnoreCase);
                if (new IgnoreCaseText(value).Matches(text) != expected)
                    Assert.Fail($"U+{c:X4} against \"{value}\": expected {expected}");
            }
        }
    }
}
