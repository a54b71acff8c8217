using DigestGraph.Extract.Evaluation;
using Xunit.Abstractions;

namespace DigestGraph.Tests.Extract;

/// <summary>
/// The quality bar of issue 3 over all five seeds (micro over all papers), against the hand-annotated gold in
/// <c>eval/gold/</c> of the repository, on the shipped extractor (rules and the shipped model, which saw these papers in
/// training: this gate keeps what the seeds show, the cross-validated gate measures quality).
/// </summary>
public class SeedQualityTests(ITestOutputHelper output)
{
    private static string GoldDirectory => RepoPaths.Gold;

    [Fact]
    public void All_five_seeds_reach_the_bar()
    {
        var pairs = GoldFiles.Match(GoldDirectory, [RepoPaths.Seeds]);
        Assert.True(pairs.Count == 5, $"expected the five seeds' gold files in {GoldDirectory}, found {pairs.Count}");
        var s = QualityReport.ScoreShipped(pairs, output);

        Assert.Equal(78, s.Papers);
        Assert.True(s.TypedEntities.F1 >= 0.85, $"typed entity F1 {s.TypedEntities.F1:0.000}");
        Assert.True(s.UntypedEntities.F1 >= 0.90, $"untyped entity F1 {s.UntypedEntities.F1:0.000}");
        Assert.True(s.Introduced.F1 >= 0.85, $"introduced F1 {s.Introduced.F1:0.000}");
        Assert.True(s.Relations.F1 >= 0.65, $"relation F1 {s.Relations.F1:0.000}");
        Assert.True(s.ResultAccuracy.Value >= 0.90, $"result accuracy {s.ResultAccuracy.Value:0.000}");
        Assert.True(s.Topics.F1 >= 0.70, $"topic F1 {s.Topics.F1:0.000}");
        Assert.True(s.PrimaryTopic.Value >= 0.65, $"primary-topic accuracy {s.PrimaryTopic.Value:0.000}");
    }
}
