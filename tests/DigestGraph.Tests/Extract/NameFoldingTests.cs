using DigestGraph.Extract;

namespace DigestGraph.Tests.Extract;

/// <summary>Folding keeps letters, digits and ideographs, lower-cased, for Latin, Chinese, mixed and Greek-lettered names.</summary>
public class NameFoldingTests
{
    [Theory]
    [InlineData("Llama-3.1 8B", "llama318b")]
    [InlineData("llama318b", "llama318b")]
    [InlineData("思维链 (CoT)", "思维链cot")]
    [InlineData("天玑 9300", "天玑9300")]
    [InlineData("PixArt-Σ", "pixartσ")]
    [InlineData("$\\text{Transformer}^2$", "texttransformer2")]
    [InlineData("混合偏好优化（MPO）", "混合偏好优化mpo")]
    [InlineData("--- !!", "")]
    [InlineData("ＧＰＴ－４ｏ", "gpt4o")] // full-width forms fold by NFKC, which needs ICU (no invariant-globalization mode)
    [InlineData("Ｌｌａｍａ ３", "llama3")]
    public void Folds_to_the_guideline_key(string name, string folded) => Assert.Equal(folded, NameFolding.Fold(name));

    [Theory]
    [InlineData("Llama-3.1 8B", "llama 3.1-8b", true)]
    [InlineData("GPT-4", "GPT-4o", false)]
    [InlineData("GPT-4o", "GPT-4", false)]
    [InlineData("思维链 (CoT)", "思维链CoT", true)]
    [InlineData("思维链", "思维树", false)]
    [InlineData("ＧＰＴ－４ｏ", "gpt-4o", true)]
    [InlineData("gpt-4o", "ＧＰＴ－４ｏ", true)]
    [InlineData("cafe\u0301", "café", true)] // the combining accent joins the e before it: only NFKC tells
    [InlineData("e\u0301x", "ex", false)]
    [InlineData("--", "!!", true)]
    public void Same_fold_agrees_with_comparing_folds(string a, string b, bool same)
    {
        Assert.Equal(same, NameFolding.Fold(a) == NameFolding.Fold(b));
        Assert.Equal(same, NameFolding.SameFold(a, b));
    }
}
