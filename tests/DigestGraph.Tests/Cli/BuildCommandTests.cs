using System.CommandLine;
using System.Text.Json;
using System.Xml.Linq;
using DigestGraph.Cli.Commands;

namespace DigestGraph.Tests.Cli;

public sealed class BuildCommandTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> InvokeAsync(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Builds_the_seeds_into_graph_files_clusters_and_report()
    {
        using var dir = new TempDirectory();
        var outDir = Path.Combine(dir.Path, "out");

        var run = await InvokeAsync("build", RepoPaths.Seeds, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("error:", run.Error);
        Assert.DoesNotContain("skipped:", run.Error);
        Assert.Contains("[extract] done: 78", run.Error);
        Assert.Equal(["clusters.json", "clusters.md", "graph.cypher", "graph.graphml", "graph.json", "report.html"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "graph.json")));
        Assert.Equal(78, json.RootElement.GetProperty("papers").GetArrayLength());
        var graphMl = XDocument.Load(Path.Combine(outDir, "graph.graphml"));
        Assert.True(graphMl.Descendants().Count(e => e.Name.LocalName == "node") >= 78);
        Assert.Equal(78, File.ReadAllText(Path.Combine(outDir, "graph.cypher")).Split("{id: '").Length - 1);
        Assert.Contains("Papers: 78 (0 skipped)", run.Output);
        Assert.Contains($"Entities: {json.RootElement.GetProperty("entities").GetArrayLength()}", run.Output);
        Assert.Contains($"Relations: {json.RootElement.GetProperty("relations").GetArrayLength()}", run.Output);
    }

    [Fact]
    public async Task Bad_entries_are_skipped_and_reported_on_stderr_with_file_and_line()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md", "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nText.\n\n## Bad\nno link here\n");

        var run = await InvokeAsync("build", digest, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{digest}:6", run.Error);
        Assert.Contains("Papers: 1 (1 skipped)", run.Output);
    }

    [Fact]
    public async Task Strict_mode_fails_on_bad_input_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md", "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nText.\n\n## Bad\nno link here\n");
        var outDir = Path.Combine(dir.Path, "out");

        var run = await InvokeAsync("build", digest, "--out", outDir, "--strict");

        Assert.Equal(CorpusCommand.ExitBadInput, run.ExitCode);
        Assert.Contains($"{digest}:6", run.Error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task No_input_is_an_error()
    {
        using var dir = new TempDirectory();
        var outDir = Path.Combine(dir.Path, "out");

        var empty = await InvokeAsync("build", dir.Path, "--out", outDir);
        var missing = await InvokeAsync("build");

        Assert.Equal(CorpusCommand.ExitFailure, empty.ExitCode);
        Assert.Contains("no papers", empty.Error);
        Assert.False(Directory.Exists(outDir));
        Assert.NotEqual(0, missing.ExitCode);
    }

    private const string SmallDigest = "## GigaNet: a model\n[好](https://arxiv.org/abs/2401.00001)\n\nWe propose GigaNet, which outperforms BERT on GLUE.\n";

    private static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), p => File.Exists(p) ? File.ReadAllBytes(p) : []);

    [Fact]
    public async Task A_directory_in_place_of_report_html_fails_the_build_and_leaves_every_earlier_file_as_it_was()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md", SmallDigest);
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(0, (await InvokeAsync("build", digest, "--out", outDir)).ExitCode);
        File.Delete(Path.Combine(outDir, "report.html"));
        Directory.CreateDirectory(Path.Combine(outDir, "report.html"));
        File.WriteAllText(digest, SmallDigest.Replace("GLUE", "SuperGLUE"));
        var before = Snapshot(dir.Path);

        var run = await InvokeAsync("build", digest, "--out", outDir);

        Assert.Equal(CorpusCommand.ExitFailure, run.ExitCode);
        Assert.Contains("report.html is a directory, not a file; earlier output left as it was", run.Error);
        Assert.DoesNotContain(".;", run.Error);
        Assert.Equal(before.Keys.Order(), Snapshot(dir.Path).Keys.Order());
        Assert.All(Snapshot(dir.Path), kv => Assert.Equal(before[kv.Key], kv.Value));
    }

    [Fact]
    public async Task A_Neo4j_failure_leaves_the_earlier_files_as_they_were()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md", SmallDigest);
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(0, (await InvokeAsync("build", digest, "--out", outDir)).ExitCode);
        File.WriteAllText(digest, SmallDigest.Replace("GLUE", "SuperGLUE"));
        var before = Snapshot(dir.Path);
        using var neo4j = RefusingServer.Start();

        var run = await InvokeAsync("build", digest, "--out", outDir, "--neo4j", neo4j.Uri, "--neo4j-password", "wrong");

        Assert.Equal(Neo4jOptions.ExitNeo4jError, run.ExitCode);
        Assert.Contains($"the files in {outDir} were left as they were", run.Error);
        Assert.All(Snapshot(dir.Path), kv => Assert.Equal(before[kv.Key], kv.Value));
        Assert.Equal(before.Count, Snapshot(dir.Path).Count);
    }

    [Fact]
    public async Task Query_rejects_the_write_only_options()
    {
        foreach (var option in new[] { "--neo4j-batch-size", "--neo4j-writers" })
        {
            var run = await InvokeAsync("query", "any.cypher", option, "2", "--neo4j", "http://127.0.0.1:9");

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(option, run.Error);
        }
    }

    [Fact]
    public async Task Usage_names_the_command_digestgraph_as_installed()
    {
        var output = new StringWriter();

        var code = await CommandCatalog.Root().Parse(["build", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(0, code);
        Assert.Contains("digestgraph build <paths>... [options]", output.ToString());
        Assert.DoesNotContain("DigestGraph.Cli", output.ToString());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("extract")]
    [InlineData("clusters")]
    [InlineData("report")]
    [InlineData("export", "--format", "neo4j-admin")]
    [InlineData("eval", "--gold", "eval/gold")]
    public async Task A_missing_path_beside_a_valid_one_is_exit_code_2_naming_it_before_any_work(string command, params string[] options)
    {
        using var dir = new TempDirectory();
        var outDir = Path.Combine(dir.Path, "out");
        var missing = Path.Combine(dir.Path, "no-such-digest.md");
        var gold = options.Select(o => o == "eval/gold" ? RepoPaths.Gold : o);

        var run = await InvokeAsync([command, RepoPaths.Seed("000"), missing, .. gold, .. command == "eval" ? Array.Empty<string>() : ["--out", outDir]]);

        Assert.Equal(CorpusCommand.ExitBadInput, run.ExitCode);
        Assert.Contains($"error: {missing}: no such file or directory", run.Error);
        Assert.DoesNotContain("[read]", run.Error);
        Assert.Equal("", run.Output);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Categories_keep_the_ml_slice_of_a_json_named_dump()
    {
        using var dir = new TempDirectory();
        var dump = dir.Write("arxiv-metadata-oai-snapshot.json", string.Join("\n",
            Line("2401.00001", "cs.CL", "We propose GigaFlow, a model."),
            Line("2401.00002", "math.CO", "A combinatorial result."),
            Line("2401.00003", "cs.LG stat.ML", "We train BERT on GLUE.")) + "\n");

        var run = await InvokeAsync("build", dump, "--categories", "cs.CL,cs.CV,cs.LG", "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Papers: 2 (0 skipped)", run.Output);
        Assert.Contains("left out: 1 papers outside --categories cs.CL,cs.CV,cs.LG", run.Error);
        Assert.Contains("3 lines, 2 papers, 1 outside cs.CL,cs.CV,cs.LG", run.Error);
    }

    [Fact]
    public async Task A_project_folder_is_read_without_its_hidden_and_tool_folders_and_annotation_lines_are_not_papers()
    {
        using var dir = new TempDirectory();
        dir.Write("digest.md", "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nText.\n");
        var gold = dir.Write("digest.gold.jsonl", """{"id": "2401.00001", "title": "Good", "entities": []}""" + "\n");
        foreach (var folder in new[] { ".git", "node_modules", "bin", "obj" })
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, folder));
            dir.Write(Path.Combine(folder, "notes.md"), "# Notes\n\nno entry here\n");
        }

        var run = await InvokeAsync("build", dir.Path, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Papers: 1 (1 skipped)", run.Output);
        Assert.Contains($"skipped: {gold}:1: paper 2401.00001 has no \"abstract\"", run.Error);
        Assert.DoesNotContain("notes.md", run.Error);
    }

    private static string Line(string id, string categories, string abstractText) =>
        "{\"id\": \"" + id + "\", \"title\": \"Paper " + id + "\", \"categories\": \"" + categories + "\", \"abstract\": \"" + abstractText + "\"}";
}
