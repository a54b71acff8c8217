using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract;

public class LatinNameFinderTests
{
    private static readonly LatinNameFinder Finder = new(ExtractionKnowledge.Default);

    private static string[] Names(string text) => Finder.Find(text).Select(m => m.Name).ToArray();

    [Theory]
    [InlineData("我们的模型 Orion-13B-Chat 在多个任务上表现出色。", "Orion-13B-Chat")]
    [InlineData("相比 Zephyr 3.1 70B，我们的模型更快。", "Zephyr 3.1 70B")]
    [InlineData("基于 FLUX.1-schnell 的生成", "FLUX.1-schnell")]
    [InlineData("我们提出 PixMorph-Σ 模型", "PixMorph-Σ")]
    [InlineData("使用 Claude 3.5 Computer Use 完成任务", "Claude 3.5 Computer Use")]
    public void Names_inside_chinese_text_keep_versions_sizes_and_symbols(string text, string expected)
    {
        Assert.Equal([expected], Names(text));
    }

    [Fact]
    public void A_known_organization_in_front_is_split_off_with_the_developer_recorded()
    {
        var mentions = Finder.Find("OpenAI o3 的推出");
        var model = Assert.Single(mentions, m => m.Name == "o3");
        Assert.Equal("OpenAI", model.Developer);
        Assert.Contains("OpenAI o3", model.Aliases);
        Assert.Contains(mentions, m => m.Name == "OpenAI");
    }

    [Fact]
    public void A_known_name_that_starts_with_an_organization_word_is_not_split()
    {
        Assert.Equal(["Mistral NeMo 12B"], Names("将 Mistral NeMo 12B 模型压缩至 8B 参数"));
    }

    [Theory]
    [InlineData("大语言模型 (LLMs) 和 GPU 上的 Token")]
    [InlineData("在 4K 分辨率和 1024x1024 图像上，延迟 100ms，使用 8B 参数和 4-bit 权重")]
    [InlineData("AR-based VLM 与 o1-like 模型")]
    [InlineData("旅程学习 [Qin et al., 2024]")]
    public void Generic_nouns_units_modifiers_and_authors_are_not_names(string text)
    {
        Assert.Empty(Names(text));
    }

    [Fact]
    public void English_sentences_yield_capitalised_runs_without_leading_stop_words()
    {
        var names = Names("In this work, we evaluate Gemma 2 and the Tulu Reward Bench. Images are shown.");
        Assert.Contains("Gemma 2", names);
        Assert.Contains("Tulu Reward Bench", names);
        Assert.DoesNotContain("Images", names);
        Assert.DoesNotContain("In", names);
    }
}
