namespace DigestGraph.Extract.Learning;

/// <summary>Which decisions of an <see cref="ExtractionModel"/> its extractor takes from the learned components instead of the rules.</summary>
[Flags]
public enum LearnedComponents
{
    None = 0,
    Entities = 1,
    Relations = 2,
    Topics = 4,
    All = Entities | Relations | Topics,
}
