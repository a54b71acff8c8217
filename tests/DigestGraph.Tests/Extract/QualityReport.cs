using System.Text;
using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Tests.Extract;

/// <summary>The quality figures as lines for the test output, so a failing gate shows where it stands.</summary>
internal static class QualityReport
{
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
