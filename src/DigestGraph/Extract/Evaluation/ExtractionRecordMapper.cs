namespace DigestGraph.Extract.Evaluation;

/// <summary>Turns an extractor's <see cref="PaperExtraction"/> into the guideline's record shape.</summary>
public static class ExtractionRecordMapper
{
    public static ExtractionRecord ToRecord(PaperExtraction extraction) => new(
        extraction.Paper.Id,
        extraction.Paper.Title,
        extraction.Entities.Select(e => new EntityRecord(
            e.Name,
            e.Type.ToString(),
            e.Types.Count > 1 ? e.Types.Select(t => t.ToString()).ToArray() : [],
            e.Aliases,
            e.Introduced)).ToArray(),
        extraction.Relations
            .Where(r => r.Type != RelationType.VariantOf)
            .Select(r => new RelationRecord(r.Type.Name(), r.Source, r.Target, r.Metric, r.Value, r.Evidence)).ToArray(),
        extraction.Topics,
        extraction.PrimaryTopic);
}
