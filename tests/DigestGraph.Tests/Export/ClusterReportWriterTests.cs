using System.Text.Json;
using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Tests.Analyse;

namespace DigestGraph.Tests.Export;

public sealed class ClusterReportWriterTests
{
    [Fact]
    public void WritesMarkdownAndJsonWithEveryClusterAndNoLeftovers()
    {
        var result = ClusterAnalysis.Run(SmallKnowledgeGraph.Create());
        using var temp = new TempDirectory();
        var directory = Path.Combine(temp.Path, "out");

        ClusterReportWriter.Write(result, directory);
        ClusterReportWriter.Write(result, directory);

        Assert.Equal(["clusters.json", "clusters.md"], Directory.GetFiles(directory).Select(Path.GetFileName).Order());
        var markdown = File.ReadAllText(Path.Combine(directory, "clusters.md"));
        foreach (var cluster in result.PaperClusters) Assert.Contains($"### {cluster.Id}: {cluster.Label}", markdown);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "clusters.json")));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("paperClusters").GetArrayLength());
        Assert.Equal(8, root.GetProperty("papers").GetArrayLength());
        var first = root.GetProperty("papers")[0];
        Assert.True(first.GetProperty("pageRank").GetDouble() > 0);
        Assert.StartsWith("P", first.GetProperty("clusterId").GetString());
        Assert.Equal(result.PaperGraph.Modularity, root.GetProperty("paperGraph").GetProperty("modularity").GetDouble(), 12);
    }
}
