namespace DigestGraph.Extract.Evaluation;

/// <summary>One paper's extraction in the record shape of docs/EXTRACTION.md (gold files and `extract` output alike).</summary>
public sealed record ExtractionRecord(
    string Id,
    string Title,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<RelationRecord> Relations,
    IReadOnlyList<string> Topics,
    string? PrimaryTopic);

/// <summary>An entity of a record: <see cref="Type"/> or, for two readings, <see cref="Types"/>.</summary>
public sealed record EntityRecord(string Name, string? Type, IReadOnlyList<string> Types, IReadOnlyList<string> Aliases, bool Introduced)
{
    /// <summary>Every type the record allows, the primary one first.</summary>
    public IReadOnlyList<string> AllTypes => Type is null ? Types : [Type, .. Types.Where(t => t != Type)];

    /// <summary>The name followed by the aliases.</summary>
    public IEnumerable<string> Surfaces => Aliases.Prepend(Name);
}

/// <summary>A relation of a record; <see cref="Evidence"/> is only in extractor output.</summary>
public sealed record RelationRecord(string Type, string Source, string Target, string? Metric, string? Value, string? Evidence);
