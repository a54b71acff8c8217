using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

public sealed class ProjectionTests
{
    [Fact]
    public void CooccurrenceCountsPapersMentioningBoth()
    {
        var graph = EntityCooccurrence.Build(SmallKnowledgeGraph.Create());

        Assert.Equal(8, graph.NodeCount);
        Assert.Equal(3.0, Weight(graph, "gpt-4", "transformer"));
        Assert.Equal(2.0, Weight(graph, "gpt-4", "mmlu"));
        Assert.Equal(0.0, Weight(graph, "gpt-4", "stable diffusion"));
    }

    [Fact]
    public void CooccurrenceNormalisations()
    {
        var kg = SmallKnowledgeGraph.Create();
        var association = EntityCooccurrence.Build(kg, CooccurrenceWeighting.AssociationStrength);
        var jaccard = EntityCooccurrence.Build(kg, CooccurrenceWeighting.Jaccard);

        // gpt-4 in 3 papers, mmlu in 3, both in 2, of 8 papers.
        Assert.Equal(8.0 * 2 / (3 * 3), Weight(association, "gpt-4", "mmlu"), 12);
        Assert.Equal(2.0 / (3 + 3 - 2), Weight(jaccard, "gpt-4", "mmlu"), 12);
        // Transformer is in every paper: its association with anything is exactly what chance predicts.
        Assert.Equal(1.0, Weight(association, "gpt-4", "transformer"), 12);
    }

    [Fact]
    public void PaperSimilaritySumsTheIdfOfSharedEntitiesAndIgnoresUbiquitousOnes()
    {
        var graph = PaperSimilarity.Build(SmallKnowledgeGraph.Create());

        // i2 and i3 share transformer (idf 0), stable diffusion and FID (4 papers each) and controlnet (3 papers).
        Assert.Equal(2 * Math.Log(8.0 / 4) + Math.Log(8.0 / 3), Weight(graph, "i2", "i3"), 12);
        // i1 and i2 share stable diffusion, FID and imagenet, in 2 papers: rarer, so it weighs more.
        Assert.Equal(2 * Math.Log(8.0 / 4) + Math.Log(8.0 / 2), Weight(graph, "i1", "i2"), 12);
        Assert.Equal(0.0, Weight(graph, "i1", "l1"));
    }

    private static double Weight(AnalysisGraph graph, string a, string b)
    {
        var ia = graph.NodeIds.ToList().IndexOf(a);
        var ib = graph.NodeIds.ToList().IndexOf(b);
        var neighbours = graph.Neighbours(ia);
        for (var i = 0; i < neighbours.Length; i++)
            if (neighbours[i] == ib) return graph.NeighbourWeights(ia)[i];
        return 0;
    }
}
