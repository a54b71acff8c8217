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
}
