namespace DigestGraph.Tests.Architecture;

public sealed class StageDependencyTests
{
    [Fact]
    public void No_folder_of_the_library_imports_a_later_stage_or_one_beside_it()
    {
        var files = StageImports.Read(Path.Combine(RepoPaths.Root, "src", "DigestGraph")).ToArray();

        Assert.True(files.Length > 100, $"only {files.Length} files read");
        Assert.Empty(StageImports.Violations(files));
    }

    [Fact]
    public void A_backward_import_a_cycle_an_unplaced_folder_and_a_stray_namespace_are_each_reported()
    {
        (string, string, string)[] files =
        [
            ("Ingest", "Ingest/Reader.cs", "using DigestGraph.Extract;\nnamespace DigestGraph.Ingest;\n// DigestGraph.Neo4j in a comment\nclass R { string s = \"DigestGraph.Pipeline\"; }"),
            ("Export", "Export/Csv.cs", "namespace DigestGraph.Export;\nclass C { DigestGraph.Neo4j.Row r; }"),
            ("Neo4j", "Neo4j/Row.cs", "using DigestGraph.Export;\nnamespace DigestGraph.Neo4j;\nclass Row { }"),
            ("Helpers", "Helpers/H.cs", "namespace DigestGraph.Helpers;"),
            ("Graph", "Graph/G.cs", "namespace DigestGraph.Analyse;"),
            ("Analyse", "Analyse/A.cs", "using DigestGraph.Graph;\nusing DigestGraph.Concurrency;\nnamespace DigestGraph.Analyse.Inner;"),
        ];

        var violations = StageImports.Violations(files);

        Assert.Equal(4, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Ingest/Reader.cs: Ingest (rank 1) imports Extract"));
        Assert.Contains(violations, v => v.StartsWith("Export/Csv.cs: Export (rank 5) imports Neo4j")); // half of the cycle
        Assert.Contains(violations, v => v.StartsWith("Helpers/H.cs: folder Helpers is not placed"));
        Assert.Contains(violations, v => v.StartsWith("Graph/G.cs: its namespace is not DigestGraph.Graph"));
    }

    [Fact]
    public void Every_folder_of_the_library_is_placed_and_drawn_in_the_READMEs_stage_diagram()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src", "DigestGraph"))
            .Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToArray();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var diagram = readme[readme.IndexOf("```mermaid", StringComparison.Ordinal)..];
        diagram = diagram[..diagram.IndexOf("```", 10, StringComparison.Ordinal)];

        Assert.All(folders, f => Assert.True(StageOrder.Rank.ContainsKey(f!) || StageOrder.NotStages.Contains(f!), $"{f} is not placed in StageOrder"));
        Assert.All(StageOrder.Rank.Keys, f => Assert.Contains(f + "/", diagram));
    }
}
