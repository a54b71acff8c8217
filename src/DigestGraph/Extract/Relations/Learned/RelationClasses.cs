namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The classifier's answers: no relation, or one of the six relations the text states (VARIANT_OF is read from the
/// names when the graph is built, never from a sentence).
/// </summary>
internal static class RelationClasses
{
    public const int None = 0;
    public const int Count = 7;

    public static int Of(RelationType type) => (int)type + 1;

    public static RelationType TypeOf(int cls) => (RelationType)(cls - 1);
}
