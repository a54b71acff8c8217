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

    [Fact]
    public void MarkdownSaysWhichCommunitiesItListsAndNamesThePapersThatAreInNone()
    {
        var small = SmallKnowledgeGraph.Create();
        // A paper naming only Transformer (in every paper) shares nothing distinctive: it is a community of its own.
        var alone = new DigestGraph.Graph.PaperNode(
            new DigestGraph.Ingest.Paper("x1", "A Lonely Survey", null, "https://arxiv.org/abs/x1", "", [], new DigestGraph.Ingest.SourceLocation("small.md", 9)),
            ["Model Architecture"], "Model Architecture");
        var graph = new DigestGraph.Graph.KnowledgeGraph([.. small.Papers, alone], small.Entities,
            [.. small.Mentions, new DigestGraph.Graph.Mention("x1", "transformer", false)], []);
        var result = ClusterAnalysis.Run(graph);

        var markdown = ClusterReportWriter.ToMarkdown(result);

        Assert.Equal(3, result.PaperClusters.Count);
        Assert.Contains("3 communities: the 2 with at least 2 papers are listed below; 1 paper is in no community with another paper (each a community of one).", markdown);
        Assert.Contains("Papers in no cluster (1): A Lonely Survey (x1)", markdown);
        Assert.Equal(2, markdown.Split("\n").Count(l => l.StartsWith("### P", StringComparison.Ordinal)));
    }
}
