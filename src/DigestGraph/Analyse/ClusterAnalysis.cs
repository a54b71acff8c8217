using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>
/// The analysis a user runs on a knowledge graph: paper-similarity and entity co-occurrence projections, Leiden
/// communities on each, PageRank and betweenness per node, and every community described as a labelled topic cluster.
/// </summary>
internal static class ClusterAnalysis
{
    public static ClusterAnalysisResult Run(KnowledgeGraph graph, ClusterOptions? options = null)
    {
        options ??= new ClusterOptions();
        var index = new PaperEntityIndex(graph);
        var papers = ProjectionAnalysis.Run(PaperSimilarity.Build(index), options, "P");
        var entities = ProjectionAnalysis.Run(EntityCooccurrence.Build(index, options.EntityWeighting), options, "E");
        var describer = new ClusterDescriber(graph, index, papers, entities, options);
        return new ClusterAnalysisResult(
            options,
            papers.Clusters.Select(describer.DescribePapers).ToArray(),
            entities.Clusters.Select(describer.DescribeEntities).ToArray(),
            papers.Summary(),
            entities.Summary(),
            papers.Metrics(),
            entities.Metrics());
    }
}
