namespace DigestGraph.Ingest;

/// <summary>Thrown in strict mode on the first bad entry.</summary>
public sealed class IngestException(IngestProblem problem) : Exception(problem.ToString())
{
    public IngestProblem Problem { get; } = problem;
}
