using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract.Lexicon;

public sealed class TypeCueIndexTests
{
    private static readonly (string, EntityType)[] Cues =
        [("基准测试", EntityType.Benchmark), ("数据集", EntityType.Dataset), ("dataset", EntityType.Dataset), ("基准", EntityType.Benchmark)];

    private static readonly TypeCueIndex Starting = new(Cues.OrderByDescending(c => c.Item1.Length), endingAt: false);
    private static readonly TypeCueIndex Ending = new(Cues.OrderByDescending(c => c.Item1.Length), endingAt: true);

    [Theory]
    [InlineData("X 数据集上", 2, EntityType.Dataset)]
    [InlineData("the X DATASET.", 6, EntityType.Dataset)]
    [InlineData("医学基准测试", 2, EntityType.Benchmark)]
    [InlineData("the datasets", 4, null)]
    [InlineData("X 数据集", 1, null)]
    [InlineData("X 数据集", 9, null)]
    public void Finds_the_cue_starting_at_a_position_whole_words_for_Latin_cues(string text, int position, EntityType? expected) =>
        Assert.Equal(expected, Starting.Find(text, position));

    [Theory]
    [InlineData("医学基准（MedQA）", 4, EntityType.Benchmark)]
    [InlineData("a new dataset (X)", 13, EntityType.Dataset)]
    [InlineData("subdataset (X)", 10, null)]
    [InlineData("医学基准", 0, null)]
    public void Finds_the_cue_ending_at_a_position(string text, int end, EntityType? expected) =>
        Assert.Equal(expected, Ending.Find(text, end));
}
