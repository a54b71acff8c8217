namespace DigestGraph.Tests.Architecture;

/// <summary>
/// The folders of src/DigestGraph in pipeline order: a folder may import only folders of a lower rank, so stages point
/// one way (ingest → extract → graph → analyse → outputs) and no two folders import each other. README's stage diagram
/// draws this list.
/// </summary>
internal static class StageOrder
{
    public static readonly IReadOnlyDictionary<string, int> Rank = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Helpers every stage may use; they import no stage.
        ["Concurrency"] = 0,
        ["Progress"] = 0,
        // The stages.
        ["Ingest"] = 1,
        ["Extract"] = 2,
        ["Graph"] = 3,
        ["Analyse"] = 4,
        // Outputs: files and the report, then Neo4j (whose script and bulk files are written as Export writes files).
        ["Export"] = 5,
        ["Neo4j"] = 6,
        // The use cases, which run the stages in order; beside them, the saved questions answered over a built graph.
        ["Pipeline"] = 7,
        ["Query"] = 7,
        // The synthetic corpus generator: a tool of the tests and benchmarks that may use any stage.
        ["Synthetic"] = 8,
    };

    /// <summary>Folders that hold no code of a stage: embedded data and assembly attributes.</summary>
    public static readonly IReadOnlySet<string> NotStages = new HashSet<string>(StringComparer.Ordinal) { "Data", "Properties" };
}
