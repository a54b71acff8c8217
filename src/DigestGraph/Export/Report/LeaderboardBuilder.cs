using System.Globalization;
using System.Text.RegularExpressions;
using DigestGraph.Export.Report.PageModel;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>
/// Reads leaderboards from EVALUATED_ON relations (model → benchmark): one board per benchmark, most reported first;
/// rows grouped by metric, best value first (lowest for metrics such as FID or perplexity), rows without a number last.
/// </summary>
internal static partial class LeaderboardBuilder
{
    [GeneratedRegex(@"[-+]?\d+(?:\.\d+)?")]
    private static partial Regex LeadingNumber();

    public static IReadOnlyList<LeaderboardData> Build(KnowledgeGraph graph) =>
        graph.Relations
            .Where(r => r.Type == RelationType.EvaluatedOn)
            .GroupBy(r => r.TargetKey, StringComparer.Ordinal)
            .Select(g => new LeaderboardData(
                g.Key,
                graph.EntitiesByKey.TryGetValue(g.Key, out var benchmark) ? benchmark.Name : g.Key,
                g.OrderBy(r => r.Metric ?? "\uffff", StringComparer.OrdinalIgnoreCase)
                    .ThenBy(r => Rank(r))
                    .ThenBy(r => r.SourceKey, StringComparer.Ordinal)
                    .ThenBy(r => r.PaperId, StringComparer.Ordinal)
                    .Select(r => new LeaderboardRow(r.SourceKey, r.Metric, r.Value, r.PaperId, r.Evidence))
                    .ToArray()))
            .OrderByDescending(b => b.Rows.Count)
            .ThenBy(b => b.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>Smaller is better-placed: the value, negated unless the metric is lower-is-better; no number ranks last.</summary>
    private static double Rank(RelationEdge r) =>
        NumericValue(r.Value) is { } v ? (MetricDirection.LowerIsBetter(r.Metric) ? v : -v) : double.PositiveInfinity;

    /// <summary>The first number in a reported value ("85.3%", "+8.9 points"), or null when there is none.</summary>
    public static double? NumericValue(string? value)
    {
        if (value is null) return null;
        var m = LeadingNumber().Match(value);
        return m.Success ? double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
    }
}
