using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract;

public class AcronymPairFinderTests
{
    private static readonly AcronymPairFinder Finder = new(ExtractionKnowledge.Default);

    private static Mention Single(string text) => Assert.Single(Finder.Find(text));

    [Fact]
    public void English_long_form_before_an_acronym()
    {
        var m = Single("We propose Gated Residual Routing (GRR) for sparse models.");
        Assert.Equal("GRR", m.Name);
        Assert.Contains("Gated Residual Routing", m.Aliases);
    }

    [Fact]
    public void A_camel_case_word_spelled_by_its_acronym_is_the_name()
    {
        var m = Single("The paper proposes BumbleBee (BB), an expert-generalist learning framework.");
        Assert.Equal("BumbleBee", m.Name);
        Assert.Contains("BB", m.Aliases);
    }

    [Fact]
    public void A_long_form_does_not_reach_back_into_the_previous_sentence()
    {
        var mentions = Finder.Find("It was trained on 13 trillion tokens. Human evaluators prefer outputs of LuganmenAr (Taor) here.");
        Assert.DoesNotContain(mentions, m => m.Start < 38);
    }

    [Fact]
    public void Lowercase_long_form_is_found_by_the_acronym_letters()
    {
        var m = Single("It relies on the rotary key compression (RKC) trick.");
        Assert.Contains("rotary key compression", m.Aliases);
    }

    [Fact]
    public void Chinese_term_before_an_acronym_is_cut_at_the_function_word()
    {
        var m = Single("我们提出了一种层级记忆压缩 (HMC) 方法。");
        Assert.Equal("HMC", m.Name);
        Assert.Contains("层级记忆压缩", m.Aliases);
    }

    [Fact]
    public void Chinese_term_known_to_the_lexicon_takes_the_english_name()
    {
        var m = Single("模型结合了蒙特卡洛树搜索 (MCTS)。");
        Assert.Equal("MCTS", m.Name);
        Assert.NotNull(m.Known);
    }

    [Fact]
    public void Chinese_term_with_english_long_form_and_acronym_in_the_bracket()
    {
        var m = Single("基于下一个词元解码 (Next Token Decoding, NTD) 的框架");
        Assert.Equal("NTD", m.Name);
        Assert.Contains("Next Token Decoding", m.Aliases);
        Assert.Contains(m.Aliases, a => a.Contains("解码"));
    }

    [Fact]
    public void Name_followed_by_its_spelled_out_form_and_by_an_alias_marker()
    {
        Assert.Contains("Self-Tuning ADapter", Single("我们提出了 STAD (Self-Tuning ADapter)，一个框架。").Aliases);
        Assert.Contains("Orca-3", Single("本报告介绍 NovaLM（亦称 Orca-3），一个模型家族。").Aliases);
    }

    [Fact]
    public void Chinese_term_followed_by_its_english_name()
    {
        var m = Single("我们使用了流形蒸馏（Manifold Distillation）来压缩模型。");
        Assert.Equal("Manifold Distillation", m.Name);
        Assert.Contains("流形蒸馏", m.Aliases);
    }

    [Fact]
    public void Backbone_variant_in_brackets_is_part_of_the_model_name()
    {
        Assert.Equal("V-JEPA (ViT-H)", Single("相较于 V-JEPA（ViT-H）提升了 2.7%").Name);
    }

    [Fact]
    public void Chinese_long_form_after_an_unknown_name_becomes_its_alias()
    {
        var m = Single("我们提出 QK-VAE（查询键变分自编码器），用于压缩。");
        Assert.Equal("QK-VAE", m.Name);
        Assert.Contains("查询键变分自编码器", m.Aliases);
    }

    // A wrong alias would merge every later "深度" or "音频" into the benchmark or method.
    [Theory]
    [InlineData("在 Hi4D（深度）上相对 RMSE 降低 22%。", "深度")]
    [InlineData("在 Humans-2K（部分分割）上提升了 17.1 mIoU。", "部分分割")]
    [InlineData("我们提出 VisionLLaMA（包括平面和金字塔两种形式），来回答这一问题。", "包括平面和金字塔两种形式")]
    [InlineData("提取视觉（关键帧）、音频（ASR）和文本知识（OCR）。", "音频")]
    [InlineData("这些领域非常适合强化学习（RL）。", "这些领域非常适合强化学习")]
    [InlineData("联合隐藏层/注意力/MLP（宽度）剪枝", "宽度")]
    public void A_bracket_that_is_no_translation_gives_no_alias(string text, string wrongAlias)
    {
        Assert.DoesNotContain(Finder.Find(text), m => m.Aliases.Contains(wrongAlias));
    }

    [Theory]
    [InlineData("这些挑战包括（1）透明度，（2）数据。")]
    [InlineData("将矩阵（Q, K）量化为 INT4。")]
    [InlineData("an unbalanced ( bracket (ABC")]
    public void List_markers_symbols_and_unclosed_brackets_give_nothing(string text)
    {
        Assert.Empty(Finder.Find(text));
    }
}
