using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract.Lexicon;

public sealed class ThirdCharIndexTests
{
    private static readonly ThirdCharIndex<IgnoreCaseText> Index = new(
        new[] { "Reflexion", "Rejection", "ReAct", "réel", "Reσt", "Re" }.Select(c => new IgnoreCaseText(c)).ToArray(), c => c);

    private static string[] At(string text, int position) => Index.At(text, position).Select(c => c.Value).ToArray();

    [Fact]
    public void Keeps_in_order_the_candidates_whose_third_character_the_text_has_in_either_case()
    {
        Assert.Equal(["Reflexion", "Reσt", "Re"], At("we reflect", 3));
        Assert.Equal(["ReAct", "Reσt", "Re"], At("REACT", 0));
    }

    [Fact]
    public void Candidates_whose_third_character_has_case_beyond_ASCII_or_that_end_early_are_always_kept()
    {
        Assert.Equal(["Reσt", "Re"], At("reΣt", 0));
        Assert.Equal(["Reσt", "Re"], At("re", 0));
    }
}
