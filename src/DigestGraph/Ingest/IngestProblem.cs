namespace DigestGraph.Ingest;

/// <summary>A bad entry or file: what went wrong and where.</summary>
public sealed record IngestProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
