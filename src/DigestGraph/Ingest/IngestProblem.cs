namespace DigestGraph.Ingest;

/// <summary>A bad entry or file: what went wrong and where.</summary>
public sealed record IngestProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Thrown in strict mode on the first bad entry.</summary>
public sealed class IngestException(IngestProblem problem) : Exception(problem.ToString())
{
    public IngestProblem Problem { get; } = problem;
}
