using System.Text;
using DigestGraph.Extract.Evaluation;
using Xunit.Abstractions;

namespace DigestGraph.Tests.Extract;

/// <summary>The quality figures as lines for the test output, so a failing gate shows where it stands.</summary>
internal static class QualityReport
{
    /// <summary>The shipped extractor scored on digest/gold pairs, summed over the files and written to the test output.</summary>
    public static ScoreCard ScoreShipped(IReadOnlyList<(string Input, string Gold)> pairs, ITestOutputHelper output)
    {
        var evaluator = new ExtractionEvaluator(ExtractorHarness.Shipped, ExtractionScorer.Default);
        var files = pairs.Select(p => evaluator.EvaluateFile(p.Input, p.Gold)).ToArray();
        var overall = files.Aggregate(ScoreCard.Empty, (sum, f) => sum + f.Score);
        output.WriteLine(Describe(files, overall));
        return overall;
    }

    public static string Describe(IEnumerable<FileScore> files, ScoreCard overall)
    {
        var sb = new StringBuilder();
        foreach (var f in files) sb.AppendLine(Line(f.Name, f.Score));
        sb.AppendLine(Line("overall", overall));
        return sb.ToString();
    }

    private static string Line(string name, ScoreCard s) =>
        $"{name,-24} papers {s.Papers,3}  typed {s.TypedEntities.F1:0.000}  untyped {s.UntypedEntities.F1:0.000}  introduced {s.Introduced.F1:0.000}  "
        + $"relations {s.Relations.F1:0.000}  results {s.ResultAccuracy.Value:0.000}  topics {s.Topics.F1:0.000}  primary {s.PrimaryTopic.Value:0.000}";
}
