namespace DigestGraph.Progress;

/// <summary>What a stage's progress counts: items (papers, entities...) or bytes of input.</summary>
public enum ProgressUnit
{
    Items,
    Bytes,
}
