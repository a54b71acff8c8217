using DigestGraph.Analyse;
using DigestGraph.Export;

namespace DigestGraph.Tests.Analyse;

public sealed class ClusterAnalysisTests
{
    private readonly ClusterAnalysisResult _result = ClusterAnalysis.Run(SmallKnowledgeGraph.Create());

    [Fact]
    public void PapersClusterByTheirTheme()
    {
        var clusters = _result.PaperClusters.Select(c => c.Members.Order().ToArray()).ToArray();

        Assert.Equal(2, clusters.Length);
        Assert.Contains(SmallKnowledgeGraph.ImagePapers, clusters);
        Assert.Contains(SmallKnowledgeGraph.LanguagePapers, clusters);
    }

    [Fact]
    public void LabelPicksDistinctiveEntitiesAndTopicsNotThoseEverywhere()
    {
        var image = _result.PaperClusters.Single(c => c.Members.Contains("i1"));

        Assert.Equal("Stable Diffusion", image.Entities[0].Term);
        Assert.DoesNotContain(image.Entities, t => t.Term is "Transformer" or "FID");
        Assert.Equal("Image Generation", Assert.Single(image.Topics).Term);
        Assert.StartsWith("Image Generation — Stable Diffusion", image.Label);
        Assert.DoesNotContain("Transformer", image.Label);
        Assert.DoesNotContain("Model Architecture", image.Label);
    }

    [Fact]
    public void ClustersListKeyEntitiesByTypeAndTheMostCentralPaperFirst()
    {
        var image = _result.PaperClusters.Single(c => c.Members.Contains("i1"));
        var language = _result.PaperClusters.Single(c => c.Members.Contains("l1"));

        Assert.Equal(["Stable Diffusion"], image.KeyModels);
        Assert.Equal(["ImageNet"], image.KeyBenchmarks);
        Assert.Equal(["MMLU"], language.KeyBenchmarks);
        Assert.DoesNotContain("Transformer", language.KeyMethods);
        // i2 shares the most rare entities with the rest of its cluster.
        Assert.Equal("i2", image.RepresentativePapers[0].Id);
    }

    [Fact]
    public void EveryNodeHasMetricsAndExactlyOneCluster()
    {
        foreach (var (clusters, nodes) in new[] { (_result.PaperClusters, _result.Papers), (_result.EntityClusters, _result.Entities) })
        {
            var members = clusters.SelectMany(c => c.Members.Select(m => (Member: m, c.Id))).ToArray();
            Assert.Equal(nodes.Count, members.Length);
            Assert.Equal(nodes.Select(n => n.Id).Order(), members.Select(m => m.Member).Order());
            foreach (var node in nodes)
                Assert.Equal(members.Single(m => m.Member == node.Id).Id, node.ClusterId);
            Assert.Equal(1.0, nodes.Sum(n => n.PageRank), 9);
        }
        var entityCluster = _result.Entities.ToDictionary(e => e.Id, e => e.ClusterId);
        Assert.NotEqual(entityCluster["stable diffusion"], entityCluster["mmlu"]);
    }

    [Fact]
    public void SameSeedGivesTheSameReport()
    {
        var again = ClusterAnalysis.Run(SmallKnowledgeGraph.Create());

        Assert.Equal(ClusterReportWriter.ToJson(_result), ClusterReportWriter.ToJson(again));
    }

    [Fact]
    public void PaperClustersAgreeFullyWithTheirThemes()
    {
        var gold = SmallKnowledgeGraph.ImagePapers.Select(p => (p, "Image Generation"))
            .Concat(SmallKnowledgeGraph.LanguagePapers.Select(p => (p, "Reasoning")))
            .ToDictionary(x => x.p, x => x.Item2);

        var agreement = TopicAgreement.Evaluate(_result, gold);

        Assert.Equal(8, agreement.Papers);
        Assert.Equal(1.0, agreement.NormalizedMutualInformation, 12);
        Assert.True(agreement.ChanceBaseline < 0.5, $"chance level {agreement.ChanceBaseline}");
        // Two components, one community each: Q = 1 − Σ share², just under ½ as the themes' weights differ.
        var paperGraph = AnalysisGraph.Compile(PaperSimilarity.Build(SmallKnowledgeGraph.Create()), _result.Papers.Select(p => p.Id).ToArray());
        var themes = new Partition(paperGraph.NodeIds.Select(id => id[0] == 'i' ? 0 : 1).ToArray());
        Assert.Equal(Modularity.Compute(paperGraph, themes), agreement.Modularity, 12);
        Assert.InRange(agreement.Modularity, 0.45, 0.5);
    }
}
