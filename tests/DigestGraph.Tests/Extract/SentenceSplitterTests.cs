using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.TextOf(text)).ToArray();

    [Fact]
    public void Chinese_text_splits_at_full_stops_and_semicolons()
    {
        Assert.Equal(["我们提出了 X。", "它优于 Y；", "代码已开源！"], Split("我们提出了 X。它优于 Y；代码已开源！"));
    }

    [Fact]
    public void English_text_splits_at_a_full_stop_before_a_capital()
    {
        Assert.Equal(["We propose X.", "It beats Y."], Split("We propose X. It beats Y."));
    }

    [Fact]
    public void Decimals_versions_and_abbreviations_do_not_end_a_sentence()
    {
        Assert.Single(Split("FLUX.1-dev reaches 2.5 points, e.g. On MMLU, vs. GPT-4 as in Qin et al. Smith."));
    }

    [Fact]
    public void Line_breaks_end_a_sentence_and_blank_text_gives_none()
    {
        Assert.Equal(["第一行", "second line"], Split("第一行\nsecond line\n"));
        Assert.Empty(Split("   \n  "));
    }
}
