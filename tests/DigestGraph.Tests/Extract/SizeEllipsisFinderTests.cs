using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract;

public class SizeEllipsisFinderTests
{
    private static string[] Names(string text, string? ownName = null)
    {
        var latin = new LatinNameFinder(ExtractionKnowledge.Default).Find(text);
        return SizeEllipsisFinder.Find(text, latin, ownName).Select(m => m.Name).ToArray();
    }

    [Fact]
    public void A_size_listed_after_a_sized_name_takes_its_family()
    {
        Assert.Equal(["Gemma 9B", "Gemma 27B"], Names("我们在 Gemma 2B、9B 和 27B 上预训练。"));
    }

    [Fact]
    public void Listed_sizes_of_models_take_the_papers_own_name()
    {
        Assert.Equal(["Orion 7B", "Orion 70B"], Names("Orion 模型系列包括 7B 和 70B 的预训练语言模型。", "Orion"));
    }

    [Theory]
    [InlineData("参数量为 7B 和 13B。")]
    [InlineData("我们使用了 8B 参数。")]
    public void Sizes_that_are_counts_stay_counts(string text)
    {
        Assert.Empty(Names(text, "Orion"));
    }

    [Fact]
    public void A_size_inside_an_earlier_name_does_not_hide_the_sizes_after_it()
    {
        // The first digit-then-B in the text is inside a name; the listed sizes come later, one with a decimal point.
        Assert.Equal(["Qwen 1.5B", "Qwen 14B"], Names("对比 Llama 3 8B，我们在 Qwen 0.5B、1.5B 和 14B 上实验。"));
    }

    [Fact]
    public void A_size_glued_to_a_word_or_version_is_not_bare()
    {
        Assert.Empty(Names("我们在 Gemma 2B 和 v1.5B 上实验，以及 Qwen-7B、x14B。"));
    }
}
