namespace DigestGraph.Analyse;

/// <summary>How an entity co-occurrence edge is weighted from c (papers mentioning both) and each entity's paper count.</summary>
public enum CooccurrenceWeighting
{
    /// <summary>c, the number of papers mentioning both.</summary>
    Count,
    /// <summary>N·c / (df_a·df_b): observed over expected co-occurrence (van Eck and Waltman's association strength, scaled by N papers).</summary>
    AssociationStrength,
    /// <summary>c / (df_a + df_b − c): the share of papers mentioning either that mention both.</summary>
    Jaccard,
}
