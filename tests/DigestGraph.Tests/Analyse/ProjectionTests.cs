using DigestGraph.Analyse;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using QuikGraph;

namespace DigestGraph.Tests.Analyse;

public sealed class ProjectionTests
{
    [Fact]
    public void CooccurrenceCountsPapersMentioningBothAndKeepsOnlyWhatBeatsChance()
    {
        var graph = EntityCooccurrence.Build(SmallKnowledgeGraph.Create());

        Assert.Equal(8, graph.VertexCount);
        Assert.Equal(2.0, Weight(graph, "gpt-4", "mmlu"));
        Assert.Equal(0.0, Weight(graph, "gpt-4", "stable diffusion"));
        // Transformer is in every paper: it co-occurs with everything exactly as often as chance predicts.
        Assert.Empty(graph.AdjacentEdges("transformer"));
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
    }

    [Fact]
    public void EachEntityKeepsOnlyItsStrongestCooccurrences()
    {
        var kg = SmallKnowledgeGraph.Create();

        var graph = EntityCooccurrence.Build(kg, options: new ProjectionOptions { EntityNeighbours = 1 });

        // Stable Diffusion's strongest partner (FID, in all four image papers) is kept; an edge survives when either end keeps it.
        Assert.Equal(4.0, Weight(graph, "stable diffusion", "fid"));
        Assert.All(graph.Vertices, v => Assert.InRange(graph.AdjacentDegree(v), 0, graph.VertexCount));
        Assert.True(graph.EdgeCount <= kg.Entities.Count, $"{graph.EdgeCount} edges for {kg.Entities.Count} entities keeping 1 each");
    }

    [Fact]
    public void PaperSimilarityIsTheIdfCosineAndIgnoresUbiquitousEntities()
    {
        var graph = PaperSimilarity.Build(SmallKnowledgeGraph.Create());

        // i2 = {transformer, sd, controlnet, imagenet, fid}, i3 = {transformer, sd, controlnet, fid}; idf = ln(8/df),
        // transformer (every paper) weighs 0, sd and fid ln 2, controlnet ln(8/3), imagenet ln 4.
        double sd = Math.Log(2), cn = Math.Log(8.0 / 3), im = Math.Log(4);
        var shared = 2 * sd * sd + cn * cn;
        var expected = shared / (Math.Sqrt(shared + im * im) * Math.Sqrt(shared));
        Assert.Equal(expected, Weight(graph, "i2", "i3"), 12);
        Assert.Equal(0.0, Weight(graph, "i1", "l1"));
    }

    [Fact]
    public void AHubEntityDoesNotPullPapersAcrossTopics()
    {
        // Two topics of eight papers; a hub (GPT-4o) in all but two papers; each topic paper names two of its topic's four entities.
        var corpus = HubCorpus(out var topicOf);
        var options = new ProjectionOptions { SimilarPapers = 3, CandidateCap = 4 };

        var graph = PaperSimilarity.Build(corpus, options);

        foreach (var paper in graph.Vertices)
        {
            var neighbours = graph.AdjacentEdges(paper).Select(e => e.GetOtherVertex(paper)).ToArray();
            Assert.NotEmpty(neighbours);
            Assert.All(neighbours, n => Assert.Equal(topicOf[paper], topicOf[n]));
        }
        Assert.True(graph.EdgeCount <= options.SimilarPapers * graph.VertexCount);
    }

    [Fact]
    public void AnEntityInEveryPaperMakesNoClique()
    {
        // Sixty papers share Transformer; each also names an entity of its own, and all but one name BERT.
        var papers = Enumerable.Range(0, 60).Select(i => $"p{i:D2}").ToArray();
        var mentions = papers.SelectMany((p, i) => new[] { (p, "transformer"), (p, $"own{i}") }.Concat(i > 0 ? [(p, "bert")] : []));
        var corpus = Corpus(papers.ToDictionary(p => p, _ => "Model Architecture"), mentions);
        var options = new ProjectionOptions { SimilarPapers = 5, CandidateCap = 10 };

        var paperGraph = PaperSimilarity.Build(corpus, options);
        var entityGraph = EntityCooccurrence.Build(corpus, options: options);

        // Transformer links nothing; BERT (idf ln 60/59) links each paper to at most its k nearest, not to all 58 others.
        Assert.True(paperGraph.EdgeCount <= options.SimilarPapers * papers.Length, $"{paperGraph.EdgeCount} edges");
        Assert.True(paperGraph.EdgeCount < papers.Length * (papers.Length - 1) / 8, $"{paperGraph.EdgeCount} edges");
        Assert.All(paperGraph.Vertices.Skip(1), p => Assert.InRange(paperGraph.AdjacentDegree(p), 1, 3 * options.SimilarPapers));
        // Entities: Transformer links nothing; each paper's own entity keeps BERT, just above chance: a star, not a clique.
        Assert.Empty(entityGraph.AdjacentEdges("transformer"));
        Assert.Equal(59, entityGraph.EdgeCount);
    }

    [Fact]
    public void TheProjectionIsTheGraphTheAnalysisCompiled()
    {
        var result = ClusterAnalysis.Run(SmallKnowledgeGraph.Create());

        Assert.Equal(result.PaperGraph.Edges, result.PaperProjection.EdgeCount);
        Assert.Equal(result.EntityGraph.Edges, result.EntityProjection.EdgeCount);
        // A QuikGraph algorithm on the projection agrees with the analysis: the two themes are its two components.
        var components = new QuikGraph.Algorithms.ConnectedComponents.ConnectedComponentsAlgorithm<string, TaggedUndirectedEdge<string, double>>(result.PaperProjection);
        components.Compute();
        Assert.Equal(result.PaperGraph.Components, components.ComponentCount);
        Assert.Equal(2, components.ComponentCount);
    }

    private static KnowledgeGraph HubCorpus(out Dictionary<string, string> topicOf)
    {
        string[][] topicEntities = [["stable diffusion", "controlnet", "fid", "imagenet"], ["mmlu", "chain-of-thought", "rag", "gsm8k"]];
        string[] topics = ["Image Generation", "Reasoning"];
        topicOf = new Dictionary<string, string>();
        var mentions = new List<(string, string)>();
        for (var t = 0; t < 2; t++)
            for (var i = 0; i < 8; i++)
            {
                var id = $"{(t == 0 ? 'i' : 'l')}{i}";
                topicOf[id] = topics[t];
                if (i != 7) mentions.Add((id, "gpt-4o"));
                mentions.Add((id, topicEntities[t][i % 4]));
                mentions.Add((id, topicEntities[t][(i + 1) % 4]));
            }
        return Corpus(topicOf, mentions);
    }

    private static KnowledgeGraph Corpus(IReadOnlyDictionary<string, string> topicOf, IEnumerable<(string Paper, string Entity)> mentions)
    {
        var list = mentions.ToArray();
        var papers = topicOf.Keys.Select(id => new PaperNode(
            new Paper(id, $"Paper {id}", null, $"https://arxiv.org/abs/{id}", "", [], new SourceLocation("hub.md", 1)),
            [topicOf[id]], topicOf[id])).ToArray();
        var entities = list.Select(m => m.Entity).Distinct().Select(key => new EntityNode(key, key, [EntityType.Model], [])).ToArray();
        return new KnowledgeGraph(papers, entities, list.Select(m => new Mention(m.Paper, m.Entity, false)).ToArray(), []);
    }

    private static double Weight(IUndirectedGraph<string, TaggedUndirectedEdge<string, double>> graph, string a, string b) =>
        graph.AdjacentEdges(a).FirstOrDefault(e => e.GetOtherVertex(a) == b)?.Tag ?? 0;
}
