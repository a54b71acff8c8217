using System.Globalization;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The result of an EVALUATED_ON pair in its sentence: the first result number (<see cref="ScoreValueFinder"/>) written
/// after the benchmark and before the next benchmark or dataset, outside names; else, in "X achieves 67.0% on B", one
/// between the system and the benchmark. The metric is a metric entity written right beside the number.
/// </summary>
internal static class ResultReader
{
    public static ExtractedRelation Read(RelationReading reading, RelationCandidate c, ExtractedRelation relation)
    {
        var doc = reading.Document;
        var s = doc.Sentences[c.Sentence];
        var occ = reading.Occurrences[c.Sentence];
        var until = s.End;
        foreach (var o in occ)
            if (o.Start >= c.TargetEnd && doc.Entities[o.Entity].Type is EntityType.Benchmark or EntityType.Dataset)
            {
                until = o.Start;
                break;
            }
        var value = FirstOutsideNames(doc.Text, c.TargetEnd, until, occ);
        if (value is null && c.SourceFirst) value = FirstOutsideNames(doc.Text, c.SourceEnd, c.TargetStart, occ);
        if (value is not { } v) return relation;
        return relation with { Value = v.Value.ToString(CultureInfo.InvariantCulture), Metric = MetricNear(reading, occ, v) };
    }

    private static ScoreValue? FirstOutsideNames(string text, int from, int to, (int Entity, int Start, int End)[] occ)
    {
        foreach (var v in ScoreValueFinder.Find(text, from, to))
        {
            var inside = false;
            foreach (var o in occ) inside |= v.Start >= o.Start && v.Start < o.End;
            if (!inside) return v;
        }
        return null;
    }

    private static string? MetricNear(RelationReading reading, (int Entity, int Start, int End)[] occ, ScoreValue value)
    {
        var doc = reading.Document;
        foreach (var o in occ)
            if (doc.Entities[o.Entity].Type == EntityType.Metric && o.Start >= value.End && o.Start - value.End <= EvaluatedOnPattern.MetricReach && !CharClass.HasClauseBreak(doc.Text, value.End, o.Start))
                return doc.Entities[o.Entity].Name;
        for (var i = occ.Length - 1; i >= 0; i--)
        {
            var o = occ[i];
            if (doc.Entities[o.Entity].Type == EntityType.Metric && o.End <= value.Start && value.Start - o.End <= EvaluatedOnPattern.MetricReach && !CharClass.HasClauseBreak(doc.Text, o.End, value.Start))
                return doc.Entities[o.Entity].Name;
        }
        return null;
    }
}
