namespace DigestGraph.Ingest;

/// <summary>What one read produced: the papers kept, in input order, and the problems of everything skipped.</summary>
public sealed record IngestResult(IReadOnlyList<Paper> Papers, IReadOnlyList<IngestProblem> Problems);
