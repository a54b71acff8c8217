namespace DigestGraph.Store;

/// <summary>Reported after each batch.</summary>
public sealed record WriteProgress(int PapersDone, int PapersTotal, int BatchesDone);
