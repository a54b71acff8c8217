namespace DigestGraph.Extract;

/// <summary>
/// The one spelling of each relation type outside C#: in extraction records and gold files (docs/EXTRACTION.md), in
/// every output file and as the Neo4j relationship type. Here, beside the enum, because Extract's records need it and
/// may not import the later stages.
/// </summary>
public static class RelationTypeNames
{
    private static readonly Dictionary<RelationType, string> Names = new()
    {
        [RelationType.Outperforms] = "OUTPERFORMS",
        [RelationType.EvaluatedOn] = "EVALUATED_ON",
        [RelationType.BasedOn] = "BASED_ON",
        [RelationType.TrainedOn] = "TRAINED_ON",
        [RelationType.DevelopedBy] = "DEVELOPED_BY",
        [RelationType.Uses] = "USES",
        [RelationType.VariantOf] = "VARIANT_OF",
    };

    private static readonly Dictionary<string, RelationType> ByName = Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Every relation type's name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<RelationType>().Select(t => Names[t]).ToArray();

    /// <summary><c>OUTPERFORMS</c> for <see cref="RelationType.Outperforms"/>.</summary>
    public static string Name(this RelationType type) => Names[type];

    /// <summary>The type a name spells; false for anything that is not one of the fixed names.</summary>
    public static bool TryParse(string? name, out RelationType type) => ByName.TryGetValue(name ?? "", out type);
}
