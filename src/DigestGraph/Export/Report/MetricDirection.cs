using System.Text.Json;
using DigestGraph.Extract;

namespace DigestGraph.Export.Report;

/// <summary>Whether a smaller value of a metric is better (FID, perplexity, error rate), from the report's metric list.</summary>
internal static class MetricDirection
{
    private static readonly HashSet<string> LowerIsBetterFolded = Load();

    public static bool LowerIsBetter(string? metric) => metric is not null && LowerIsBetterFolded.Contains(NameFolding.Fold(metric));

    private static HashSet<string> Load()
    {
        using var doc = JsonDocument.Parse(ReportAssets.LowerIsBetterMetrics);
        return doc.RootElement.GetProperty("metrics").EnumerateArray()
            .Select(m => NameFolding.Fold(m.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
    }
}
