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
}
