using System.Globalization;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>The value and metric of an EVALUATED_ON pair the model adds, as <see cref="BenchmarkResults"/> reads the document's results.</summary>
internal static class ResultReader
{
    public static ExtractedRelation Read(RelationReading reading, RelationCandidate c, ExtractedRelation relation)
    {
        if (reading.Results.Of(c.Source, c.Target, c.Sentence, c.Source == reading.Own) is not { } r) return relation;
        var doc = reading.Document;
        return relation with { Value = r.Value.ToString(CultureInfo.InvariantCulture), Metric = r.Metric >= 0 ? doc.Entities[r.Metric].Name : null };
    }
}
