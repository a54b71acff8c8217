namespace DigestGraph.Neo4j;

/// <summary>Reported after each batch.</summary>
internal sealed record WriteProgress(int PapersDone, int PapersTotal, int BatchesDone);
