namespace DigestGraph.Neo4j;

/// <summary>Reported after each batch.</summary>
public sealed record WriteProgress(int PapersDone, int PapersTotal, int BatchesDone);
