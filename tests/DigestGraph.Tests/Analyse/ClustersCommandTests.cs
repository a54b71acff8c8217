using System.CommandLine;
using System.Text.Json;
using DigestGraph.Cli.Commands;

namespace DigestGraph.Tests.Analyse;

public sealed class ClustersCommandTests
{
    [Fact]
    public async Task WritesClusterReportsForTheSeedsAndReportsAgreementWithGold()
    {
        using var temp = new TempDirectory();
        var gold = temp.Write("gold.jsonl", "{\"id\": \"2411.10440\", \"primary_topic\": \"Reasoning\"}\n{\"id\": \"2408.11039\", \"primary_topic\": \"Image Generation\"}\n");
        var output = Path.Combine(temp.Path, "out");

        var (exit, stdout, _) = await Invoke("clusters", RepoPaths.Seeds, "--out", output, "--gold", Path.GetDirectoryName(gold)!, "--seed", "3");

        Assert.Equal(0, exit);
        Assert.Contains("Paper clusters:", stdout);
        Assert.Contains("Gold primary topics: NMI", stdout);
        Assert.Contains("over 2 papers", stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "clusters.json")));
        Assert.Equal(3, json.RootElement.GetProperty("options").GetProperty("seed").GetInt32());
        Assert.True(json.RootElement.GetProperty("papers").GetArrayLength() > 50);
        Assert.True(File.Exists(Path.Combine(output, "clusters.md")));
    }

    [Fact]
    public async Task ABadGoldRecordStopsBeforeAnythingIsWritten()
    {
        using var temp = new TempDirectory();
        temp.Write("gold.jsonl", "{\"id\": \"1\"}\n[broken\n");
        var output = Path.Combine(temp.Path, "out");

        var (exit, _, stderr) = await Invoke("clusters", RepoPaths.Seeds, "--out", output, "--gold", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("gold.jsonl:2", stderr);
        Assert.False(Directory.Exists(output));
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Invoke(params string[] args)
    {
        var root = new RootCommand { ClustersCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
