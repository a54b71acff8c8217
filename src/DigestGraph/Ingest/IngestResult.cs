namespace DigestGraph.Ingest;

/// <summary>
/// The papers kept, in input order, and the problems of everything skipped; <see cref="OutsideCategories"/> counts
/// the papers a category filter left out (not problems: the user asked for it).
/// </summary>
public sealed record IngestResult(IReadOnlyList<Paper> Papers, IReadOnlyList<IngestProblem> Problems)
{
    public long OutsideCategories { get; init; }
}
