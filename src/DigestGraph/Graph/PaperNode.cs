using DigestGraph.Ingest;

namespace DigestGraph.Graph;

/// <summary>A paper with its topics.</summary>
public sealed record PaperNode(Paper Paper, IReadOnlyList<string> Topics, string? PrimaryTopic)
{
    public string Id => Paper.Id;
}
