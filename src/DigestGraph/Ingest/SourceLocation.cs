namespace DigestGraph.Ingest;

/// <summary>Where a paper (or a problem) was found: a file and a 1-based line.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
