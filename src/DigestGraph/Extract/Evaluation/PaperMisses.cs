namespace DigestGraph.Extract.Evaluation;

/// <summary>What one paper's prediction missed or added, for reading errors.</summary>
public sealed record PaperMisses(
    string Id,
    string Title,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> SpuriousEntities,
    IReadOnlyList<string> WrongTypes,
    IReadOnlyList<string> WrongIntroduced,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> SpuriousRelations,
    IReadOnlyList<string> WrongValues,
    IReadOnlyList<string> TopicErrors)
{
    public bool IsEmpty => MissedEntities.Count + SpuriousEntities.Count + WrongTypes.Count + WrongIntroduced.Count + MissedRelations.Count
        + SpuriousRelations.Count + WrongValues.Count + TopicErrors.Count == 0;
}
