namespace DigestGraph.Ingest;

/// <summary>
/// What one piece of the input gave, parsed on its own: papers and problems in input order, the papers left out by
/// the category filter, the lines it spans, and how many bytes of the whole input had been read when it was cut.
/// </summary>
internal sealed record ReadChunk(IReadOnlyList<Paper> Papers, IReadOnlyList<IngestProblem> Problems, int OutsideCategories, int Lines, long BytesRead)
{
    public static ReadChunk Of(IngestProblem problem, long bytesRead) => new([], [problem], 0, 0, bytesRead);
}
