using DigestGraph.Extract.Evaluation;
using Xunit.Abstractions;

namespace DigestGraph.Tests.Extract;

/// <summary>
/// Generalisation check on two digests that are not seeds (real, well-known papers; one Chinese, one English) with gold
/// files written for them in <c>HeldOut/</c>. No rule was written for these entries; the thresholds are lower and honest.
/// </summary>
public class HeldOutQualityTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "DigestGraph.Tests", "Extract", "HeldOut");

    [Theory]
    [InlineData("heldout_zh")]
    [InlineData("heldout_en")]
    public void Held_out_digest_scores_stay_above_a_lower_bar(string name)
    {
        var evaluator = new ExtractionEvaluator(ExtractorHarness.Shipped, ExtractionScorer.Default);
        var file = evaluator.EvaluateFile(Path.Combine(Folder, name + ".txt"), Path.Combine(Folder, name + ".jsonl"));
        var s = file.Score;
        output.WriteLine(QualityReport.Describe([file], s));

        Assert.Equal(5, s.Papers);
        Assert.True(s.TypedEntities.F1 >= 0.75, $"typed entity F1 {s.TypedEntities.F1:0.000}");
        Assert.True(s.UntypedEntities.F1 >= 0.80, $"untyped entity F1 {s.UntypedEntities.F1:0.000}");
        Assert.True(s.Introduced.F1 >= 0.55, $"introduced F1 {s.Introduced.F1:0.000}");
        Assert.True(s.Relations.F1 >= 0.40, $"relation F1 {s.Relations.F1:0.000}");
        Assert.True(s.Topics.F1 >= 0.60, $"topic F1 {s.Topics.F1:0.000}");
        Assert.True(s.PrimaryTopic.Value >= 0.60, $"primary-topic accuracy {s.PrimaryTopic.Value:0.000}");
    }
}
